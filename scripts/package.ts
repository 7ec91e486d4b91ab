/**
 * `npm run dist`: builds, packages with electron-builder (which rebuilds the SQLite driver
 * for Electron inside node_modules), then rebuilds it for Node again so the tests run.
 */
import { spawnSync } from 'node:child_process';

function run(command: string, args: string[]): number {
  return spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;
}

let status = run('npm', ['run', 'build']);
if (status === 0) status = run('npx', ['electron-builder', '--config', 'electron-builder.yml', ...process.argv.slice(2)]);
const restored = run('npm', ['rebuild', 'better-sqlite3-multiple-ciphers']);
if (restored !== 0) process.stderr.write('Could not rebuild better-sqlite3 for Node: run `npm rebuild better-sqlite3-multiple-ciphers` before `npm test`.\n');
process.exit(status || restored);
