/**
 * `npm start`: the desktop app when Electron's binary is present, browser mode otherwise.
 * better-sqlite3 is rebuilt for Electron into .electron-native/, never in node_modules,
 * so `npm test` (which runs on Node's ABI) keeps working after `npm start`.
 */
import { spawn, spawnSync } from 'node:child_process';
import { findElectronBinary, MISSING_ELECTRON_EXPLANATION } from './electron-binary';
import { prepareElectronNativeBinding } from './electron-native';

function run(command: string, args: string[]): void {
  const result = spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const electron = findElectronBinary();
if (!electron) {
  process.stdout.write(MISSING_ELECTRON_EXPLANATION + '\n');
  run('npm', ['run', 'web']);
} else {
  run('npm', ['run', 'build']);
  const nativeBinding = await prepareElectronNativeBinding();
  const child = spawn(electron, ['.'], {
    stdio: 'inherit',
    env: { ...process.env, FIELD_RECORDER_NATIVE_BINDING: nativeBinding },
  });
  child.on('exit', (code) => process.exit(code ?? 0));
}
