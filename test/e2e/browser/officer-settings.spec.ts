import { expect, test } from '../support/app-fixture';
import type { Locator } from '@playwright/test';
import { screenshot } from '../support/screens';

/** True when a control's background is a grey (red, green and blue close together), not a tint of the accent blue. */
async function looksGrey(control: Locator): Promise<boolean> {
  const colour = await control.evaluate((el) => getComputedStyle(el).backgroundColor);
  const [r, g, b] = (colour.match(/\d+/g) ?? []).map(Number) as [number, number, number];
  return Math.max(r, g, b) - Math.min(r, g, b) < 20 && r < 250;
}

test.use({ signInAs: 'officer', viewport: { width: 1280, height: 900 } });

test('an officer sees the supervisor-only settings greyed out: neither inputs nor buttons can be used', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  // Disabled and grey, so they do not look editable (a white box invites typing).
  for (const label of ['Central API address', 'Enrolment code', 'Days after safe at the centre', 'Minutes without activity']) {
    await expect(page.getByLabel(label)).toBeDisabled();
    expect(await looksGrey(page.getByLabel(label)), label).toBe(true);
  }
  // Disabled primary buttons read as unavailable (grey), not as a paler version of the blue action.
  for (const name of ['Enrol this device', 'Save retention period']) {
    const button = page.getByRole('button', { name });
    await expect(button).toBeDisabled();
    expect(await looksGrey(button), name).toBe(true);
  }
  await screenshot(page, 'officer-settings-disabled');

  await page.goto(`${app.url}#/returns`);
  await expect(page.getByRole('spinbutton', { name: 'Weekly cap' })).toBeDisabled();
  expect(await looksGrey(page.getByRole('spinbutton', { name: 'Weekly cap' }))).toBe(true);
  await expect(page.getByRole('button', { name: 'Change the cap' })).toBeDisabled();
  await screenshot(page, 'officer-returns-cap');
});

test('an officer on a laptop not set up to sync is told a supervisor sets it up, not sent to a form they cannot use', async ({ page, app }) => {
  await page.goto(`${app.url}#/`);
  const bar = page.getByRole('contentinfo', { name: 'Status' });
  await expect(bar.getByText('A supervisor sets up sync in Settings')).toBeVisible();
  await expect(bar.getByRole('link', { name: 'Set up sync' })).toHaveCount(0);
});
