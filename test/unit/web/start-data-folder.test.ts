import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
let parent: string | undefined;
afterEach(() => parent && rmSync(parent, { recursive: true, force: true }));

it.skipIf(!existsSync(join(root, 'dist/renderer/index.html')))('npm run web creates a data folder that does not exist yet', async () => {
  parent = mkdtempSync(join(tmpdir(), 'web-start-'));
  const dataDir = join(parent, 'not', 'yet', 'there');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts', '--port', '0'], {
    cwd: root,
    env: { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir, FIELD_RECORDER_AUTO_SYNC: '0' },
  });
  let output = '';
  const started = await new Promise<boolean>((done) => {
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('running at')) done(true);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.once('exit', () => done(false));
  });
  if (child.exitCode === null) {
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }
  expect(output).not.toContain('ENOENT');
  expect(started).toBe(true);
  expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(true);
});
