import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-fixture';
import { travelledBySafeRoute } from '../support/prior-crossing';
import { screenshot } from '../support/screens';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const errorOf = (page: Page, label: string) => page.locator('.field', { has: field(page, label) }).getByRole('alert');

/** Types into a date or date-time field part by part, as an officer does (UK order: day, month, year, hours, minutes). */
async function typeDate(page: Page, label: string, digits: string) {
  await field(page, label).click({ position: { x: 12, y: 12 } }); // the day part
  await page.keyboard.type(digits);
}

test.use({ viewport: { width: 1280, height: 900 } });

test('31 February typed in an optional date-time is refused beside the field, not saved as blank', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await field(page, 'Site').selectOption('WJF');
  await field(page, 'Detected at').fill('2026-02-20T03:10');
  await typeDate(page, 'Intercepted or landed at', '310220260300');
  await field(page, 'Latitude').fill('51.0912');
  await field(page, 'Longitude').fill('1.4523');
  await field(page, 'Zone').selectOption('UK_TERRITORIAL');
  await field(page, 'Outcome').selectOption('LANDED_UK_PORT');
  await field(page, 'People aboard').fill('12');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(errorOf(page, 'Intercepted or landed at')).toHaveText('That is not a real date and time: check each part, or clear the field');
  await expect(field(page, 'Intercepted or landed at')).toBeFocused();
  await screenshot(page, 'unreadable-interception-time');
  expect((await api('interceptions.list', {})).items).toHaveLength(0);

  // Corrected to a real time, it saves with that time.
  await typeDate(page, 'Intercepted or landed at', '200220260400');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Saved on this device');
  const [saved] = (await api('interceptions.list', {})).items;
  expect((await api('interceptions.get', { id: saved!.id })).interceptedAt).toBe('2026-02-20T04:00:00.000Z');
});

test('a correction with 31 February in the screening date changes nothing and says why', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    status: 'FINAL', route: 'OTHER', site: 'WJF', arrivedAt: '2026-01-05T10:00:00.000Z', familyName: 'TESFAY', givenNames: 'Yonas',
    dateOfBirth: '1999', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await typeDate(page, 'Screening interview on', '31022026');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(errorOf(page, 'Screening interview on')).toHaveText('That is not a real date: check the day, month and year, or clear the field');
  const stored = await api('arrivals.get', { id: person.id });
  expect(stored.version).toBe(1);
  expect(stored.screenedAt).toBeNull();
});

test('a safe-route arrival time of 31 February is refused: the application does not move and no arrival is made from it', async ({ page, app, api }) => {
  const view = await travelledBySafeRoute(api, { familyName: 'Osman', givenNames: 'Musa', dateOfBirth: '1994-05-02' });
  await page.goto(`${app.url}#/transfers/${view.transfer.id}`);
  await page.getByRole('button', { name: 'Record arrival in the UK' }).click();
  await typeDate(page, 'Arrived in the UK at (UK time)', '310220260300');
  await page.getByRole('form', { name: 'Record arrival in the UK' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(errorOf(page, 'Arrived in the UK at (UK time)')).toHaveText('That is not a real date and time: check each part, or clear the field');
  const stored = await api('transfers.get', { id: view.transfer.id });
  expect(stored.transfer.state).toBe('TRAVELLED');
  expect(stored.transfer.arrivalId).toBeNull();
});
