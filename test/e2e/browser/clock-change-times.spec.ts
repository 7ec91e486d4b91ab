import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-fixture';
import { travelledBySafeRoute } from '../support/prior-crossing';
import { screenshot } from '../support/screens';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const errorOf = (page: Page, label: string) => page.locator('.field', { has: field(page, label) }).getByRole('alert');
const FIRST = 'First (BST, before the clocks went back)';
const SECOND = 'Second (GMT, after the clocks went back)';

test.use({ viewport: { width: 1280, height: 900 } });

async function fillRestOfInterception(page: Page) {
  await field(page, 'Site').selectOption('WJF');
  await field(page, 'Latitude').fill('51.0912');
  await field(page, 'Longitude').fill('1.4523');
  await field(page, 'Zone').selectOption('UK_TERRITORIAL');
  await field(page, 'Outcome').selectOption('LANDED_UK_PORT');
  await field(page, 'People aboard').fill('41');
}

test('01:30 on the night the clocks go back is saved only once the officer says which 01:30, and a correction keeps it', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillRestOfInterception(page);
  await field(page, 'Detected at').fill('2026-10-25T01:30');
  const detected = page.locator('.field', { has: field(page, 'Detected at') });
  await expect(detected.getByRole('group', { name: /01:30 on 25 October 2026 happened twice/ })).toBeVisible();
  await expect(detected.getByRole('radio', { name: FIRST })).not.toBeChecked();
  await expect(detected.getByRole('radio', { name: SECOND })).not.toBeChecked();

  // No choice made: refused beside the field, nothing saved, and the cursor goes to the question.
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(errorOf(page, 'Detected at')).toHaveText('Choose which 01:30 it was: the first (BST) or the second (GMT)');
  await expect(detected.getByRole('radio', { name: FIRST })).toBeFocused();
  await screenshot(page, 'clock-change-choice-refused');
  expect((await api('interceptions.list', {})).items).toHaveLength(0);

  await detected.getByRole('radio', { name: SECOND }).check();
  await expect(errorOf(page, 'Detected at')).toHaveCount(0);
  await screenshot(page, 'clock-change-choice-second');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Saved on this device');
  await expect(page.getByText('25 Oct 2026, 01:30 GMT (after the clocks went back)')).toBeVisible();
  const [saved] = (await api('interceptions.list', {})).items;
  expect((await api('interceptions.get', { id: saved!.id })).detectedAt).toBe('2026-10-25T01:30:00.000Z');

  // Opened for a correction, the second 01:30 is still chosen: saving does not move it an hour.
  await page.getByRole('link', { name: 'Correct' }).click();
  await expect(field(page, 'Detected at')).toHaveValue('2026-10-25T01:30');
  await expect(page.getByRole('radio', { name: SECOND })).toBeChecked();
  await field(page, 'People aboard').fill('42');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Correction saved');
  await expect(page.getByText('25 Oct 2026, 01:30 GMT (after the clocks went back)')).toBeVisible();
  const corrected = await api('interceptions.get', { id: saved!.id });
  expect(corrected.peopleAboard).toBe(42);
  expect(corrected.detectedAt).toBe('2026-10-25T01:30:00.000Z');
});

test('01:30 on the night the clocks go forward is refused beside the field with what to enter instead', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillRestOfInterception(page);
  await field(page, 'Detected at').fill('2026-03-29T00:50');
  await field(page, 'Intercepted or landed at').fill('2026-03-29T01:30');
  await expect(page.getByRole('radio')).toHaveCount(0); // nothing to choose: it never happened
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(errorOf(page, 'Intercepted or landed at')).toHaveText(
    '01:30 did not happen on 29 March 2026: the clocks went forward from 01:00 to 02:00. If the watch had not been put forward yet, the UK time was 02:30: enter that',
  );
  await expect(field(page, 'Intercepted or landed at')).toBeFocused();
  await screenshot(page, 'clock-change-skipped-time');
  expect((await api('interceptions.list', {})).items).toHaveLength(0);

  await field(page, 'Intercepted or landed at').fill('2026-03-29T02:30');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('main').getByRole('status')).toContainText('Saved on this device');
  const [saved] = (await api('interceptions.list', {})).items;
  expect((await api('interceptions.get', { id: saved!.id })).interceptedAt).toBe('2026-03-29T01:30:00.000Z');
});

test('an arrival saved at the first 01:30 opens for a correction with "first (BST)" chosen and keeps its time', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    status: 'FINAL', route: 'OTHER', site: 'WJF', arrivedAt: '2026-10-25T00:30:00.000Z', familyName: 'TESFAY', givenNames: 'Yonas',
    dateOfBirth: '1999', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await expect(field(page, 'Arrived at (UK time)')).toHaveValue('2026-10-25T01:30');
  await expect(page.getByRole('radio', { name: FIRST })).toBeChecked();
  await field(page, 'Screening officer').fill('Officer Reed');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText('Correction saved:')).toBeVisible();
  const stored = await api('arrivals.get', { id: person.id });
  expect(stored.version).toBe(2);
  expect(stored.arrivedAt).toBe('2026-10-25T00:30:00.000Z');
});

test('a safe-route arrival at 01:30 on the night the clocks go back is not recorded until the officer says which 01:30', async ({ page, app, api }) => {
  const view = await travelledBySafeRoute(api, { familyName: 'Osman', givenNames: 'Musa', dateOfBirth: '1994-05-02' });
  await page.goto(`${app.url}#/transfers/${view.transfer.id}`);
  await page.getByRole('button', { name: 'Record arrival in the UK' }).click();
  await field(page, 'Arrived in the UK at (UK time)').fill('2026-10-25T01:30');
  const form = page.getByRole('form', { name: 'Record arrival in the UK' });
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(errorOf(page, 'Arrived in the UK at (UK time)')).toHaveText('Choose which 01:30 it was: the first (BST) or the second (GMT)');
  expect((await api('transfers.get', { id: view.transfer.id })).transfer.state).toBe('TRAVELLED');
  await expect(form.getByRole('radio', { name: FIRST })).toBeVisible();
});
