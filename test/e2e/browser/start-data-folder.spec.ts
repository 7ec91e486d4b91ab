import { expect, test } from '@playwright/test';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchBrowserMode, stopBrowserMode } from '../support/browser-mode';
import { screenshot } from '../support/screens';
import { provisionDemoOfficers } from '../support/seed';

// Here rather than in the unit tests: browser mode serves the built renderer, which only the e2e run builds first.
test('a new user: npm run web creates a missing data folder, says how to get demo officers, and they can sign in', async ({ page }) => {
  const parent = mkdtempSync(join(tmpdir(), 'web-start-'));
  const dataDir = join(parent, 'not', 'yet', 'there');
  let child: ChildProcess | undefined;
  try {
    const first = await launchBrowserMode(dataDir);
    child = first.child;
    expect(first.output).not.toContain('ENOENT');
    expect(existsSync(join(dataDir, 'field-recorder.sqlite'))).toBe(true);
    await page.goto(first.url);
    await expect(page.getByRole('heading', { name: 'Sign in to Field Recorder' })).toBeVisible();
    const hint = page.getByTestId('demo-hint');
    await expect(hint).toContainText('npm run seed -- --officers-only');
    await screenshot(page, 'sign-in-new-device');

    // Doing what the hint says.
    await stopBrowserMode(child);
    provisionDemoOfficers(dataDir);
    const second = await launchBrowserMode(dataDir);
    child = second.child;
    await page.goto(second.url);
    const form = page.getByRole('form', { name: 'Sign in' });
    await form.getByLabel('Username').fill('demo.officer');
    await form.getByLabel('Password').fill('demo officer password');
    await form.getByRole('button', { name: 'Sign in' }).click();
    await expect(page.getByRole('button', { name: 'Lock' })).toBeVisible();
  } finally {
    await stopBrowserMode(child);
    rmSync(parent, { recursive: true, force: true });
  }
});
