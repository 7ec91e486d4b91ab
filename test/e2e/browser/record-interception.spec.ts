import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';


/** A datetime-local value in UK time, n days from now. */
function ukLocal(daysFromNow: number): string {
  const parts = new Intl.DateTimeFormat('en-GB', {
    timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23',
  }).formatToParts(new Date(Date.now() + daysFromNow * 86_400_000));
  const get = (type: string) => parts.find((p) => p.type === type)!.value;
  return `${get('year')}-${get('month')}-${get('day')}T${get('hour')}:${get('minute')}`;
}

async function fillValidInterception(page: Page) {
  await page.getByLabel('Site').selectOption('WJF');
  await page.getByLabel('Detected at').fill('2025-08-06T03:10');
  await page.getByLabel('Intercepted or landed at').fill('2025-08-06T04:05');
  await page.getByLabel('Latitude').fill('51.0912');
  await page.getByLabel('Longitude').fill('1.4523');
  await page.getByLabel('Zone').selectOption('UK_TERRITORIAL');
  await page.getByLabel('Outcome').selectOption('LANDED_UK_PORT');
  await page.getByLabel('People aboard').fill('58');
  await page.getByLabel('Notes').fill('Grey inflatable, one outboard.');
}

test('an officer records an interception, restarts the app and finds it again', async ({ page, app }) => {
  await page.goto(app.url);
  await expect(page.getByRole('heading', { name: 'Interceptions' })).toBeVisible();
  await expect(page.getByText('No interceptions recorded on this device yet.')).toBeVisible();

  await page.getByRole('link', { name: 'Record interception' }).first().click();
  await fillValidInterception(page);
  await page.getByLabel('Notes').press('Tab');
  await page.keyboard.press('Enter'); // focus is on Save: keyboard only
  await expect(page.getByRole('main').getByRole('status')).toContainText('Saved on this device as WJF-'); // not the status bar's
  const heading = await page.getByRole('heading', { level: 1 }).textContent();
  const reference = heading!.replace('Interception ', '').trim();
  expect(reference).toMatch(/^WJF-[0-9A-Z]{5}-0001$/);
  await expect(page.getByText('6 Aug 2025, 03:10')).toBeVisible(); // shown back in UK time
  await expect(page.getByTestId('pending-count')).toHaveText('1 change not yet sent');

  await app.restart();
  await page.goto(app.url);
  await page.getByLabel('Find by reference').fill(reference.slice(0, 9).toLowerCase());
  await page.getByLabel('Find by reference').press('Enter');
  await page.getByRole('link', { name: reference }).click();
  await expect(page.getByRole('heading', { name: `Interception ${reference}` })).toBeVisible();
  await expect(page.getByText('Grey inflatable, one outboard.')).toBeVisible();
  await expect(page.getByText('58', { exact: true })).toBeVisible();
});

test('bad input is explained next to each field and nothing is saved', async ({ page, app }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillValidInterception(page);
  await page.getByLabel('Latitude').fill('200');
  await page.getByLabel('People aboard').fill('-1');
  await page.getByLabel('Detected at').fill(ukLocal(3));
  await page.getByLabel('Intercepted or landed at').fill('');
  await page.getByLabel('Zone').selectOption('');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label) }).getByRole('alert');
  await expect(errorOf('Latitude')).toHaveText('Latitude must be between -90 and 90');
  await expect(errorOf('People aboard')).toHaveText('People aboard cannot be negative');
  await expect(errorOf('Detected at')).toHaveText('Detection time cannot be in the future');
  await expect(errorOf('Zone')).toHaveText('Choose the zone');
  await expect(page.getByLabel('Latitude')).toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByLabel('Detected at')).toBeFocused(); // the first field in error

  await page.getByRole('link', { name: 'Interceptions', exact: true }).click();
  await expect(page.getByText('No interceptions recorded on this device yet.')).toBeVisible();
  await expect(page.getByTestId('pending-count')).toHaveText('Nothing waiting to send');
});
