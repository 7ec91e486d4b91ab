import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runTsx } from '../../support/run-tsx';

// `npm run web -- --port N` as an administrator setting up a second laptop types it, mistakes included.
describe('browser mode: a wrong flag or a port in use', { timeout: 60_000 }, () => {
  const parent = mkdtempSync(join(tmpdir(), 'web-flags-'));
  const dataDir = join(parent, 'laptop-b');
  const web = (args: string[]) => runTsx('electron/web/start.ts', args, { env: { FIELD_RECORDER_DATA_DIR: dataDir, PORT: undefined } });
  let holder: Server;
  let taken = 0;
  beforeAll(async () => {
    holder = createServer();
    await new Promise<void>((resolve) => holder.listen(0, '127.0.0.1', resolve));
    taken = (holder.address() as { port: number }).port;
  });
  afterAll(() => {
    holder.close();
    rmSync(parent, { recursive: true, force: true });
  });

  it('says each in words, with no stack trace, and creates no data folder', async () => {
    const cases: [string[], string][] = [
      [['--port', String(taken)], `Port ${taken} on 127.0.0.1 is already in use: is browser mode (or something else) already running there?`],
      [['--prot', '5382'], "Unknown option '--prot'. Options: --port <n>"],
      [['--port', 'abc'], '--port must be a port number from 0 to 65535, not abc'],
    ];
    for (const [args, said] of cases) {
      const run = await web(args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain(`Browser mode could not start: ${said}`);
      expect(run.stderr).not.toMatch(/\n\s+at /);
    }
    expect(existsSync(dataDir)).toBe(false);
  });

  it('refuses a data folder another browser mode has open: the second laptop would be the first one', async () => {
    mkdirSync(dataDir, { recursive: true });
    // This test process stands for the first browser mode, alive and holding the folder.
    writeFileSync(join(dataDir, 'browser-mode.lock'), String(process.pid));
    const run = await web(['--port', '0']);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain(
      `Browser mode could not start: The data folder ${dataDir} is already open in browser mode (process ${process.pid}). Stop that one first, or give this laptop its own folder with FIELD_RECORDER_DATA_DIR.`,
    );
    expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(false);
  });
});
