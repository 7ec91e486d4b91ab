import { expect, test } from '../support/app-fixture';
import { readFileSync } from 'node:fs';
import { parseCsv } from '../../../shared/csv';
import { BOAT_OF_TWELVE, recordPersonInRow } from '../support/boat-people';
import { correctPerson } from '../support/people';
import { recordInterceptionByKeyboard } from '../support/record-interception';
import { screenshot } from '../support/screens';

test('a boat of 12 is recorded by keyboard, found without accents, corrected and exported', async ({ page, app }) => {
  test.setTimeout(120_000);
  await page.setViewportSize({ width: 1280, height: 900 });
  await recordInterceptionByKeyboard(page, app.url, 12);
  await page.getByRole('link', { name: 'Add people', exact: true }).press('Enter');

  const count = page.getByTestId('people-count');
  await expect(count).toHaveText('Warning: 12 aboard, 0 recorded: 12 people still to record.');
  const familyName = page.getByLabel('Family name');
  await expect(familyName).toBeFocused();

  // Enter on an empty row: every problem beside its field, focus on the first.
  await page.keyboard.press('Enter');
  const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).getByRole('alert');
  await expect(errorOf('Family name')).toHaveText('Enter the family name (or UNKNOWN)');
  await expect(errorOf('Sex')).toHaveText('Choose the sex');
  await expect(errorOf('Age status')).toHaveText('Choose the age status');
  await expect(familyName).toBeFocused();

  for (const [i, person] of BOAT_OF_TWELVE.entries()) {
    await recordPersonInRow(page, person, i === 0);
    await expect(page.getByRole('status').filter({ hasText: /^Saved / })).toContainText(person.given);
    await expect(familyName).toBeFocused();
    await expect(familyName).toHaveValue('');
    if (i === 4) await screenshot(page, 'boat-flow-warning');
    if (i === 10) await expect(count).toHaveText('Warning: 12 aboard, 11 recorded: 1 person still to record.');
  }
  await expect(count).toHaveText('All 12 people aboard are recorded.');
  await expect(page.getByText('Warning:')).toHaveCount(0);
  const recorded = page.getByRole('table', { name: 'People recorded from this boat' });
  await expect(recorded.getByRole('row')).toHaveCount(13);
  // The family shares one group; the carried nationality stuck.
  await expect(recorded.getByRole('row', { name: /Tesfay/ }).filter({ hasText: 'Group A' })).toHaveCount(3);
  await expect(recorded.getByRole('row', { name: /Ahmadi Reza/ })).toContainText('Afghanistan');
  // Dates typed day first are read as such, and shown the UK way.
  await expect(recorded.getByRole('row', { name: /Tesfay Abel/ })).toContainText('2 Mar 1994');
  await expect(recorded.getByRole('row', { name: /Mohammed Yusuf/ })).toContainText('15 Jan 1988');
  await expect(recorded.getByRole('row', { name: /Ahmadi Reza/ })).toContainText('1990 (year only)');
  // A family member's screen names who they travel with, each a link, not the group's id.
  await recorded.getByRole('link', { name: /./ }).and(recorded.getByRole('row', { name: /Tesfay Selam/ }).getByRole('link')).click();
  await expect(page.getByTestId('family-members')).toHaveText('Travels with Tesfay, Abel and Tesfay, Hiwet');
  await page.getByTestId('family-members').getByRole('link', { name: 'Tesfay, Abel' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tesfay, Abel' })).toBeVisible();

  // Find Zoë Hosséini by a partial name typed without its accent.
  await page.getByRole('link', { name: 'People', exact: true }).press('Enter');
  await page.getByLabel('Search').pressSequentially('hossei');
  await expect(page.getByTestId('arrival-total')).toHaveText(/^1 person/);
  await page.getByRole('row', { name: /Hosséini, Zoë/ }).press('Enter');
  await expect(page.getByRole('heading', { level: 1, name: 'Hosséini, Zoë' })).toBeVisible();
  // Languages carried from the Eritrean before her were dropped when her nationality was typed.
  await expect(page.locator('.details > div', { hasText: 'Languages' }).getByRole('definition')).toHaveText('—');

  // Correct her date of birth; the history shows old and new value, who and when.
  await page.getByRole('link', { name: 'Correct' }).press('Enter');
  const dob = page.getByLabel('Date of birth', { exact: true });
  await expect(dob).toHaveValue('23/11/1999');
  await dob.fill('24/11/1999');
  await dob.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved' })).toBeVisible();
  const change = page.locator('.audit').getByRole('row', { name: /Date of birth/ });
  await expect(change.getByRole('cell')).toHaveText(['Date of birth', '23 Nov 1999', '24 Nov 1999']);
  await expect(page.locator('.audit')).toContainText(/Corrected by Demo Supervisor, \d+ \w+ \d{4}, \d\d:\d\d/);
  await screenshot(page, 'arrival-detail-corrected');

  // Export the Eritreans who arrived on 6 August and read the file back.
  await page.getByRole('link', { name: 'People', exact: true }).press('Enter');
  await page.getByLabel('Search').fill('');
  await page.getByLabel('From (UK day)').fill('2025-08-06');
  await page.getByLabel('To (UK day)').fill('2025-08-05');
  await expect(page.locator('.field', { has: page.getByLabel('To (UK day)') }).getByRole('alert')).toHaveText('The end date is before the start date');
  await page.getByLabel('To (UK day)').fill('2025-08-06');
  await page.getByLabel('Nationality').pressSequentially('eri');
  await page.getByLabel('Nationality').press('Tab');
  await expect(page.getByLabel('Nationality')).toHaveValue('Eritrea');
  const eritreans = BOAT_OF_TWELVE.filter((p) => p.nationality === 'ERI').length;
  await expect(page.getByTestId('arrival-total')).toHaveText(`${eritreans} people`);
  const shownRows = page.locator('[data-testid="arrival-rows"] [role="row"][data-reference]');
  await expect(shownRows).toHaveCount(eritreans);
  await screenshot(page, 'people-list-filtered');
  const shown = await shownRows.evaluateAll((rows) => rows.map((r) => [r.getAttribute('data-reference'), r.children[1]!.textContent]));

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).press('Enter');
  const file = await (await download).path();
  const [header, ...rows] = parseCsv(readFileSync(file, 'utf8'));
  expect(header!.slice(0, 4)).toEqual(['Reference', 'Status', 'Family name', 'Given names']);
  expect(rows.map((r) => [r[0], `${r[2]}, ${r[3]}`])).toEqual(shown);
  expect(rows.every((r) => r[6] === 'ERI')).toBe(true);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(new RegExp(`^Exported ${eritreans} people to arrivals-`));
});

test('the full form shows every problem beside its field, and saves a draft', async ({ page, app }) => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}#/arrivals/new`);
  await screenshot(page, 'arrival-form');
  await page.getByLabel('Family name').fill('Haile');
  await page.getByRole('button', { name: 'Add a document' }).press('Enter');
  await expect(page.getByLabel('Document 1 type')).toBeFocused();
  await page.getByLabel('Document 1 number').fill('bad number!');
  await page.getByLabel('NRM referral made on').fill('2099-01-01');
  await page.getByRole('button', { name: 'Save', exact: true }).press('Enter');

  const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).getByRole('alert');
  await expect(errorOf('Route')).toHaveText('Choose the arrival route');
  await expect(errorOf('Document 1 type')).toHaveText('Choose the document type');
  await expect(errorOf('Document 1 number')).toHaveText('A document number has only letters and digits');
  await expect(errorOf('NRM referral made on')).toHaveText('The NRM referral date cannot be in the future');
  await expect(page.getByLabel('Route')).toBeFocused();
  await screenshot(page, 'arrival-form-errors');

  // A draft may be incomplete, but what is there must still be right.
  await page.getByLabel('Document 1 number').fill('P1234567');
  await page.getByLabel('Document 1 type').selectOption('PASSPORT');
  await page.getByLabel('NRM referral made on').fill('');
  await page.getByRole('button', { name: 'Save as draft' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device as' })).toBeVisible();
  await expect(page.getByText('Draft: not yet finalised')).toBeVisible();
  await expect(page.getByRole('cell', { name: 'P1234567' })).toBeVisible();
  // The banner is news of the save, not part of the record: a reload does not show it again.
  await page.reload();
  await expect(page.getByRole('cell', { name: 'P1234567' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Saved on this device as' })).toHaveCount(0);
});

test('a pasted MRZ fills the fields; a wrong check digit is explained by line and field', async ({ page, app }) => {
  await page.goto(`${app.url}#/arrivals/new`);
  const box = page.getByLabel('Paste or type the MRZ');
  const errors = page.locator('.mrz').getByRole('alert');
  // The ICAO 9303 specimen passport, its document number check digit changed from 6 to 7.
  await box.fill('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C37UTO7408122F1204159ZE184226B<<<<<10');
  await page.getByRole('button', { name: 'Read MRZ' }).press('Enter');
  await expect(errors).toContainText(/line 2/i);
  await expect(errors).toContainText(/document number/i);
  await expect(box).toHaveAttribute('aria-invalid', 'true');
  await screenshot(page, 'arrival-form-mrz-error');
  await expect(page.getByLabel('Document 1 number')).toHaveCount(0);

  await box.fill('P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<\nL898902C36UTO7408122F1204159ZE184226B<<<<<10');
  await page.getByRole('button', { name: 'Read MRZ' }).press('Enter');
  await expect(errors).toHaveCount(0);
  await expect(page.getByLabel('Document 1 number')).toHaveValue('L898902C3');
  await expect(page.getByLabel('Document 1 type')).toHaveValue('PASSPORT');
  await expect(page.getByLabel('Document 1 expiry')).toHaveValue('2012-04-15');
  await expect(page.getByLabel('Family name')).toHaveValue('ERIKSSON');
  await expect(page.getByLabel('Given names')).toHaveValue('ANNA MARIA');
  await expect(page.getByLabel('Date of birth', { exact: true })).toHaveValue('12/08/1974');
  await expect(page.getByLabel('Sex')).toHaveValue('F');

  // Read again (a second press, or the same passport after a restored draft): still one document.
  await page.getByRole('button', { name: 'Read MRZ' }).press('Enter');
  await expect(page.getByLabel('Document 1 number')).toHaveValue('L898902C3');
  await expect(page.getByLabel('Document 2 number')).toHaveCount(0);
});

test('a correction saved over someone else\'s is refused with a Reload that brings their version, keeping what was typed where they changed nothing', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tesfamariam', givenNames: 'Selam',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  const given = page.getByLabel('Given names');
  await expect(given).toHaveValue('Selam');

  // Another officer corrects the same person meanwhile.
  await correctPerson(api, person, { placeOfBirth: 'Asmara' });

  await given.fill('Selamawit');
  await given.press('Enter');
  const banner = page.getByRole('alert').filter({ hasText: 'Someone else corrected this person' });
  await expect(banner).toBeVisible();
  await banner.getByRole('button', { name: 'Reload' }).press('Enter');
  // Their version, with what this officer typed in a field they did not change.
  await expect(page.getByLabel('Place of birth')).toHaveValue('Asmara');
  await expect(given).toHaveValue('Selamawit');
  await expect(banner).toHaveCount(0);
  await expect(page.getByRole('status').filter({ hasText: 'Brought back the correction you had typed' })).toBeVisible();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect.poll(async () => (await api('arrivals.get', { id: person.id })).givenNames).toBe('Selamawit');
  expect((await api('arrivals.get', { id: person.id })).placeOfBirth).toBe('Asmara');
});
