import { expect, test } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { screenshot } from '../support/screens';
import { provisionDemoOfficers } from '../support/seed';

const ROOT = resolve(import.meta.dirname, '../../..');

/** `npm run web` on a data folder; resolves with its URL, or null and what it printed. */
async function startWeb(dataDir: string): Promise<{ child: ChildProcess; url: string | null; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir, FIELD_RECORDER_AUTO_SYNC: '0' },
  });
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
  return { child, url, output };
}

async function stop(child: ChildProcess | undefined) {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

// Here rather than in the unit tests: browser mode serves the built renderer, which only the e2e run builds first.
test('a new user: npm run web creates a missing data folder, says how to get demo officers, and they can sign in', async ({ page }) => {
  const parent = mkdtempSync(join(tmpdir(), 'web-start-'));
  const dataDir = join(parent, 'not', 'yet', 'there');
  let child: ChildProcess | undefined;
  try {
    const first = await startWeb(dataDir);
    child = first.child;
    expect(first.output).not.toContain('ENOENT');
    expect(first.url, first.output).not.toBeNull();
    expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(true);
    await page.goto(first.url!);
    await expect(page.getByRole('heading', { name: 'Sign in to Field Recorder' })).toBeVisible();
    const hint = page.getByTestId('demo-hint');
    await expect(hint).toContainText('npm run seed -- --officers-only');
    await screenshot(page, 'sign-in-new-device');

    // Doing what the hint says.
    await stop(child);
    provisionDemoOfficers(dataDir);
    const second = await startWeb(dataDir);
    child = second.child;
    await page.goto(second.url!);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Username').fill('demo.officer');
    await form.getByLabel('Password').fill('demo officer password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
  } finally {
    await stop(child);
    rmSync(parent, { recursive: true, force: true });
  }
});
