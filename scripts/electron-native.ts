import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

const require = createRequire(import.meta.url);
const ROOT = resolve(import.meta.dirname, '..');
const NATIVE_DIR = join(ROOT, '.electron-native');

/**
 * Builds the SQLite driver (better-sqlite3-multiple-ciphers) for the installed Electron in a private copy and returns the
 * path of its .node file. Rebuilt only when either version changes.
 */
export async function prepareElectronNativeBinding(): Promise<string> {
  const electronVersion = (require('electron/package.json') as { version: string }).version;
  const sqliteVersion = (require('better-sqlite3-multiple-ciphers/package.json') as { version: string }).version;
  const stamp = `${electronVersion}/${sqliteVersion}`;
  const binding = join(NATIVE_DIR, 'node_modules/better-sqlite3-multiple-ciphers/build/Release/better_sqlite3.node');
  const stampFile = join(NATIVE_DIR, 'stamp');
  if (existsSync(binding) && existsSync(stampFile) && readFileSync(stampFile, 'utf8') === stamp) return binding;

  rmSync(NATIVE_DIR, { recursive: true, force: true });
  mkdirSync(join(NATIVE_DIR, 'node_modules'), { recursive: true });
  writeFileSync(join(NATIVE_DIR, 'package.json'), JSON.stringify({ name: 'electron-native', private: true, dependencies: { 'better-sqlite3-multiple-ciphers': sqliteVersion } }));
  cpSync(join(ROOT, 'node_modules/better-sqlite3-multiple-ciphers'), join(NATIVE_DIR, 'node_modules/better-sqlite3-multiple-ciphers'), { recursive: true });
  process.stdout.write(`Building better-sqlite3-multiple-ciphers ${sqliteVersion} for Electron ${electronVersion}…\n`);
  const { rebuild } = await import('@electron/rebuild');
  await rebuild({ buildPath: NATIVE_DIR, electronVersion, onlyModules: ['better-sqlite3-multiple-ciphers'], force: true });
  writeFileSync(stampFile, stamp);
  return binding;
}
