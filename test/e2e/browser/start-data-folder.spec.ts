import { expect, test } from '@playwright/test';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

// Here rather than in the unit tests: browser mode serves the built renderer, which only the e2e run builds first.
test('npm run web creates a data folder that does not exist yet, and serves the app from it', async ({ page }) => {
  const parent = mkdtempSync(join(tmpdir(), 'web-start-'));
  const dataDir = join(parent, 'not', 'yet', 'there');
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir, FIELD_RECORDER_AUTO_SYNC: '0' },
  });
  try {
    let output = '';
    const url = await new Promise<string | null>((done) => {
      const timer = setTimeout(() => done(null), 30_000);
      const onData = (chunk: Buffer) => {
        output += chunk.toString();
        const match = /running at (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(output);
        if (match) {
          clearTimeout(timer);
          done(match[1]!);
        }
      };
      child.stdout.on('data', onData);
      child.stderr.on('data', onData);
      child.once('exit', () => done(null));
    });
    expect(output).not.toContain('ENOENT');
    expect(url, output).not.toBeNull();
    expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(true);
    await page.goto(url!);
    await expect(page.getByRole('heading', { name: /sign in/i })).toBeVisible();
  } finally {
    if (child.exitCode === null) {
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
      await exited;
      clearTimeout(killer);
    }
    rmSync(parent, { recursive: true, force: true });
  }
});
