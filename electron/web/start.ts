/**
 * `npm run web`: browser mode. Opens the same database the desktop app uses and serves
 * the built renderer with the handler table on 127.0.0.1.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { createEngine } from '../core/engine';
import { databasePath, defaultUserDataDir } from '../core/db/paths';
import { loadOrCreatePlainKey } from '../core/db/key-file';
import { startWebServer } from './server';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const { values } = parseArgs({
  options: { port: { type: 'string', default: process.env.PORT ?? '5180' } },
});

const rendererDir = join(root, 'dist/renderer');
if (!existsSync(join(rendererDir, 'index.html'))) {
  process.stderr.write('The renderer is not built. Run `npm run web` (it builds first) or `npm run build:renderer`.\n');
  process.exit(1);
}

const userDataDir = defaultUserDataDir();
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
  port: Number(values.port),
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
