/**
 * `npm run web`: browser mode. Opens the same database the desktop app uses and serves
 * the built renderer with the handler table on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createEngine } from '../core/engine';
import { databasePath, defaultUserDataDir } from '../core/db/paths';
import { loadOrCreatePlainKey } from '../core/db/key-file';
import { startWebServer } from './server';
import { lockDataFolder } from './data-folder-lock';
import { checkWebPortFree, StartError, webPort } from './start-options';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const userDataDir = defaultUserDataDir();
let port: number;
try {
  port = webPort(process.argv.slice(2), process.env);
  await checkWebPortFree(port);
  // Released on any exit (process.exit included); a kill -9 leaves it, and the next start takes it over.
  process.on('exit', lockDataFolder(userDataDir));
} catch (error) {
  if (!(error instanceof StartError)) throw error;
  process.stderr.write(`Browser mode could not start: ${error.message}\n`);
  process.exit(2);
}

const rendererDir = join(root, 'dist/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('The renderer is not built. Run `npm run web` (it builds first) or `npm run build:renderer`.\n');
  process.exit(1);
}

const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string };
const engine = createEngine({
  databaseFile: databasePath(userDataDir),
  appVersion: version,
  key: loadOrCreatePlainKey(userDataDir),
  autoSync: process.env.FIELD_RECORDER_AUTO_SYNC !== '0',
});
const server = await startWebServer({
  engine,
  rendererDir,
  port,
});
process.stdout.write(`Field recorder (browser mode) is running at ${server.url}\nData folder: ${userDataDir}\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  await server.close();
  engine.close();
  process.exit(0);
}
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
