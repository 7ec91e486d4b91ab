import { expect, test } from '../support/app-fixture';
import { screenshot } from '../support/screens';

// Synthetic people only. The boat was detected at 00:40 and landed at 01:40 on 29 Nov 2025 (UK time is UTC in November).
test.use({ viewport: { width: 1280, height: 900 } });

test("a person's arrival time is checked against their boat: refused before it was detected, warned long after it landed", async ({ page, app, api }) => {
  const boat = await api('interceptions.create', {
    site: 'WJF', detectedAt: '2025-11-29T00:40:00.000Z', interceptedAt: '2025-11-29T01:40:00.000Z',
    latitude: 51.0912, longitude: 1.4523, zone: 'UK_TERRITORIAL', outcome: 'LANDED_UK_PORT', peopleAboard: 40,
  });
  const person = await api('arrivals.create', {
    route: 'SMALL_BOAT', interceptionId: boat.id, site: 'WJF', arrivedAt: '2025-11-29T01:40:00.000Z', familyName: 'Habte', givenNames: 'Yonas',
    dateOfBirth: '1994-02-11', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  const arrivedAt = page.getByLabel('Arrived at (UK time)');
  const field = page.locator('.field', { has: arrivedAt });
  await expect(arrivedAt).toHaveValue('2025-11-29T01:40');
  await expect(field.getByRole('alert')).toHaveCount(0);

  // Typed as the tester did: a fortnight before the boat was even seen.
  await arrivedAt.fill('2025-11-16T22:30');
  const refusal = `Arrival time cannot be before boat ${boat.reference} was detected (29 Nov 2025, 00:40 UK time)`;
  await expect(field.getByRole('alert')).toHaveText(refusal);
  await screenshot(page, 'arrival-before-boat');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Not saved' })).toBeVisible();
  await expect(field.getByRole('alert')).toHaveText(refusal);
  expect((await api('arrivals.get', { id: person.id })).arrivedAt).toBe('2025-11-29T01:40:00.000Z');

  // Days after the landing: possible, so only a warning, and the correction is saved.
  await arrivedAt.fill('2025-12-02T11:40');
  await expect(field.getByRole('alert')).toHaveCount(0);
  await expect(field.getByRole('status')).toHaveText(
    `This is 3 days and 10 hours after boat ${boat.reference} was intercepted or landed (29 Nov 2025, 01:40 UK time). The 14-day referral and the 3-month limit count from the arrival time: check the date.`,
  );
  await screenshot(page, 'arrival-long-after-boat');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved' })).toBeVisible();
  expect((await api('arrivals.get', { id: person.id })).arrivedAt).toBe('2025-12-02T11:40:00.000Z');
});

test("a boat's detection time cannot be corrected to after its people arrived: refused beside the field, nothing saved", async ({ page, app, api }) => {
  const boat = await api('interceptions.create', {
    site: 'WJF', detectedAt: '2025-11-29T00:40:00.000Z', interceptedAt: '2025-11-29T01:40:00.000Z',
    latitude: 51.0912, longitude: 1.4523, zone: 'UK_TERRITORIAL', outcome: 'LANDED_UK_PORT', peopleAboard: 40,
  });
  await api('arrivals.create', {
    route: 'SMALL_BOAT', interceptionId: boat.id, site: 'WJF', arrivedAt: '2025-11-29T01:40:00.000Z', familyName: 'Habte', givenNames: 'Yonas',
    dateOfBirth: '1994-02-11', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/interceptions/${boat.id}/edit`);
  const detectedAt = page.getByLabel('Detected at');
  await expect(detectedAt).toHaveValue('2025-11-29T00:40');
  // A day typed wrong: the boat "detected" the next night, after its person had landed.
  await detectedAt.fill('2025-11-30T00:40');
  await page.getByLabel(/Intercepted or landed at/).fill('2025-11-30T01:40');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const field = page.locator('.field', { has: detectedAt });
  await expect(field.getByRole('alert')).toHaveText(
    'Detection time cannot be after the arrival of 1 person recorded from this boat (the earliest arrived 29 Nov 2025, 01:40 UK time). Check this time, or correct their arrival times first.',
  );
  await screenshot(page, 'boat-detected-after-people');
  expect((await api('interceptions.get', { id: boat.id })).detectedAt).toBe('2025-11-29T00:40:00.000Z');
});
