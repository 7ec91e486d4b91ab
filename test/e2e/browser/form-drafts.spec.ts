import type { Page } from '@playwright/test';
import { expect, test } from '../support/app-fixture';
import type { Api } from '../support/api';
import { DEMO } from '../support/browser-mode';
import { correctPerson } from '../support/people';
import { landBoat } from '../support/returns';
import { screenshot } from '../support/screens';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
const restoredBanner = (page: Page) => page.getByRole('status').filter({ hasText: 'Brought back what you had typed' });

/** Typing stops; the engine holds what was typed once the form has kept it (half a second after the last key). */
async function keptAs(api: Api, key: 'interception:new' | `boat-person:${string}`, expected: Record<string, unknown>) {
  await expect.poll(async () => (await api('drafts.get', { key }))?.values).toMatchObject(expected);
}

test.use({ viewport: { width: 1280, height: 900 } });

test('half an interception survives a reload and a visit to another page, and is gone once saved', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await field(page, 'Site').selectOption('WJF');
  await field(page, 'Detected at').fill('2026-11-29T03:10');
  await field(page, 'People aboard').fill('41');
  await field(page, 'Notes').fill('Grey dinghy, one engine, taking water.');
  await keptAs(api, 'interception:new', { peopleAboard: '41', notes: 'Grey dinghy, one engine, taking water.' });

  // The page is reloaded (or the app restarts after a crash): nothing typed is lost.
  await page.reload();
  await expect(restoredBanner(page)).toBeVisible();
  await expect(field(page, 'People aboard')).toHaveValue('41');
  await expect(field(page, 'Detected at')).toHaveValue('2026-11-29T03:10');
  await expect(field(page, 'Notes')).toHaveValue('Grey dinghy, one engine, taking water.');
  await screenshot(page, 'draft-restored-interception');

  // A click on another page and back again: still there.
  await page.getByRole('link', { name: 'People', exact: true }).click();
  await page.getByRole('link', { name: 'Record interception' }).click();
  await expect(field(page, 'People aboard')).toHaveValue('41');

  await field(page, 'Latitude').fill('51.0912');
  await field(page, 'Longitude').fill('1.4523');
  await field(page, 'Zone').selectOption('UK_TERRITORIAL');
  await field(page, 'Outcome').selectOption('LANDED_UK_PORT');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByText(/Saved on this device as/)).toBeVisible();
  expect(await api('drafts.get', { key: 'interception:new' })).toBeNull();

  // The next new interception starts blank.
  await page.getByRole('link', { name: 'Record interception' }).click();
  await expect(field(page, 'People aboard')).toHaveValue('');
  await expect(restoredBanner(page)).toHaveCount(0);
});

test('a half-typed person in the boat flow survives a reload; Discard starts the row again', async ({ page, app, api }) => {
  const boat = await landBoat(api, new Date(Date.now() - 3_600_000).toISOString());
  await page.goto(`${app.url}#/interceptions/${boat.id}/people`);
  await field(page, 'Family name').fill('Tesfay');
  await field(page, 'Given names').fill('Abel');
  await keptAs(api, `boat-person:${boat.id}`, { familyName: 'Tesfay', givenNames: 'Abel' });

  await page.reload();
  await expect(restoredBanner(page)).toBeVisible();
  await expect(field(page, 'Family name')).toHaveValue('Tesfay');
  await expect(field(page, 'Given names')).toHaveValue('Abel');
  await screenshot(page, 'draft-restored-boat-person');

  await page.getByRole('button', { name: 'Discard it and start again' }).click();
  await expect(field(page, 'Family name')).toHaveValue('');
  await expect(restoredBanner(page)).toHaveCount(0);
  await expect.poll(() => api('drafts.get', { key: `boat-person:${boat.id}` })).toBeNull();
  await page.reload();
  await expect(field(page, 'Family name')).toHaveValue('');
});

test('typing and leaving at once keeps what was typed: another page, Lock or a reload straight after the last key', async ({ page, app }) => {
  await page.goto(`${app.url}#/arrivals/new`);
  await field(page, 'Family name').fill('Quickly');
  await field(page, 'Given names').fill('Abdi');
  await page.getByRole('link', { name: 'People', exact: true }).click(); // no pause after the last key
  await page.getByRole('link', { name: 'Record person' }).click();
  await expect(restoredBanner(page)).toBeVisible();
  await expect(field(page, 'Given names')).toHaveValue('Abdi');

  await field(page, 'Given names').fill('Abdirahman');
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Password').fill(DEMO.supervisor.password);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await page.goto(`${app.url}#/arrivals/new`);
  await expect(field(page, 'Given names')).toHaveValue('Abdirahman');

  // The window reloaded (or closed) straight after the last key.
  await field(page, 'Given names').fill('Abdirahman Yusuf');
  await page.reload();
  await expect(restoredBanner(page)).toBeVisible();
  await expect(field(page, 'Given names')).toHaveValue('Abdirahman Yusuf');
});

test("one boat's half-typed person never turns up on another boat's form", async ({ page, app, api }) => {
  const [boatC, boatD] = [await landBoat(api, new Date(Date.now() - 7_200_000).toISOString()), await landBoat(api, new Date(Date.now() - 3_600_000).toISOString())];
  await page.goto(`${app.url}#/interceptions/${boatC.id}/people`);
  await field(page, 'Family name').fill('Tesfay');
  await keptAs(api, `boat-person:${boatC.id}`, { familyName: 'Tesfay' });
  await page.goto(`${app.url}#/interceptions/${boatD.id}/people`); // straight from one boat's flow to another's
  await expect(page.getByRole('heading', { name: `People from interception ${boatD.reference}` })).toBeVisible();
  await expect(field(page, 'Family name')).toHaveValue('');
  await page.goBack();
  await expect(field(page, 'Family name')).toHaveValue('Tesfay');

  // The full form started from a boat: the same.
  await page.goto(`${app.url}#/arrivals/new?interception=${boatC.id}`);
  await field(page, 'Family name').fill('Haile');
  await expect.poll(async () => (await api('drafts.get', { key: `arrival:new:${boatC.id}` }))?.values).toMatchObject({ familyName: 'Haile' });
  await page.goto(`${app.url}#/arrivals/new?interception=${boatD.id}`);
  await expect(field(page, 'Interception reference')).toHaveValue(boatD.reference);
  await expect(field(page, 'Family name')).toHaveValue('');
  await expect(restoredBanner(page)).toHaveCount(0);
});

test('a half-typed correction survives the lock; once someone else has corrected the person it is laid over their version field by field', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2026-11-29T04:30:00.000Z', familyName: 'Tesfamariam', givenNames: 'Selam',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await field(page, 'Place of birth').fill('Keren');
  await field(page, 'Notes').fill('Speaks Tigrinya only; interpreter booked.');
  // The officer is called away: the app locks (as the idle lock does) and unlocks again.
  await page.getByRole('button', { name: 'Lock' }).click();
  await page.getByLabel('Password').fill(DEMO.supervisor.password);
  await page.getByRole('button', { name: 'Unlock' }).click();
  await expect(restoredBanner(page)).toBeVisible();
  await expect(field(page, 'Place of birth')).toHaveValue('Keren');
  await expect(field(page, 'Notes')).toHaveValue('Speaks Tigrinya only; interpreter booked.');
  await screenshot(page, 'draft-restored-correction');

  // Meanwhile another officer corrects the same person (place of birth and given names). Their
  // version is not undone: only what this officer alone changed (the notes) is typed in again,
  // and the place of birth both changed is left as they saved it, with what was typed beside it.
  await correctPerson(api, person, { placeOfBirth: 'Asmara', givenNames: 'Selamawit' });
  await page.reload();
  const overNewer = page.getByRole('status').filter({ hasText: 'Brought back the correction you had typed' });
  await expect(overNewer).toContainText('changed since');
  await expect(field(page, 'Notes')).toHaveValue('Speaks Tigrinya only; interpreter booked.');
  await expect(field(page, 'Place of birth')).toHaveValue('Asmara');
  await expect(field(page, 'Given names')).toHaveValue('Selamawit');
  await expect(overNewer.getByRole('row', { name: 'Place of birth Keren Asmara' })).toBeVisible();
  await screenshot(page, 'draft-over-newer-version');

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Tesfamariam');
  const saved = await api('arrivals.get', { id: person.id });
  expect(saved).toMatchObject({ placeOfBirth: 'Asmara', givenNames: 'Selamawit', notes: 'Speaks Tigrinya only; interpreter booked.' });
  // Saved: the draft typed over the earlier version is not offered again on the next correction.
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await expect(field(page, 'Notes')).toHaveValue('Speaks Tigrinya only; interpreter booked.');
  await expect(page.getByRole('status').filter({ hasText: 'Brought back' })).toHaveCount(0);
});

test('"Record with every field" takes the half-typed person from the row into the full form, and the row starts blank', async ({ page, app, api }) => {
  const boat = await landBoat(api, new Date(Date.now() - 3_600_000).toISOString());
  await page.goto(`${app.url}#/interceptions/${boat.id}/people`);
  await field(page, 'Family name').fill('Mengistu');
  await field(page, 'Given names').fill('Aster');
  await field(page, 'Sex').selectOption('F');
  await field(page, 'Date of birth').fill('1999');
  await page.getByRole('link', { name: 'Record with every field' }).click();

  await expect(page.getByRole('heading', { name: 'Record a person' })).toBeVisible();
  await expect(field(page, 'Family name')).toHaveValue('Mengistu');
  await expect(field(page, 'Given names')).toHaveValue('Aster');
  await expect(field(page, 'Sex')).toHaveValue('F');
  await expect(field(page, 'Date of birth')).toHaveValue('1999');
  await expect(field(page, 'Date of birth known as')).toHaveValue('YEAR');
  await expect(field(page, 'Interception reference')).toHaveValue(boat.reference);

  // Back on the boat, the row does not hold her any more: she cannot be saved twice from it.
  await page.goto(`${app.url}#/interceptions/${boat.id}/people`);
  await expect(page.getByRole('heading', { name: `People from interception ${boat.reference}` })).toBeVisible();
  await expect(field(page, 'Family name')).toHaveValue('');
  expect(await api('drafts.get', { key: `boat-person:${boat.id}` })).toBeNull();
});
