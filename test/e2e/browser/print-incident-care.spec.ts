import { expect, test } from '../support/app-fixture';
import type { Input } from '../../../shared/api';
import { join } from 'node:path';
import { pdfPages, printToPdf, renderPages } from '../support/pdf';

const boat: Input<'interceptions.create'> = {
  site: 'WJF', detectedAt: '2025-08-07T01:40:00.000Z', interceptedAt: '2025-08-07T02:20:00.000Z', latitude: 51.1021, longitude: 1.3874,
  zone: 'UK_TERRITORIAL', outcome: 'LANDED_UK_PORT', interceptedBy: 'BORDER_FORCE', interceptingVessel: 'BF Valiant', peopleAboard: 6,
  vessel: { type: 'INFLATABLE_DINGHY', lengthMetres: 8, engines: [], seized: false },
};

test('the incident report says who needs care and who travels together, in words, for the team taking over', async ({ page, app, api }, testInfo) => {
  const incident = await api('interceptions.create', boat);
  const person = (familyName: string, givenNames: string, more: Partial<Input<'arrivals.create'>>) =>
    api('arrivals.create', {
      route: 'SMALL_BOAT', interceptionId: incident.id, site: 'WJF', arrivedAt: '2025-08-07T02:45:00.000Z', familyName, givenNames,
      dateOfBirth: '1992', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT', ...more,
    });
  // A family of three whose family names differ (as Eritrean names do): only the group id ties them.
  await person('Tesfay', 'Abel', { familyGroupId: 'synthetic-family-1' });
  await person('Kidane', 'Selam', { sex: 'F', familyGroupId: 'synthetic-family-1', vulnerability: { medical: ['PREGNANCY'] } });
  await person('Abel', 'Meron', { sex: 'F', dateOfBirth: '2019', ageStatus: 'ACCEPTED_CHILD', familyGroupId: 'synthetic-family-1' });
  await person('Bahta', 'Yonas', { vulnerability: { medical: ['HYPOTHERMIA', 'FUEL_BURNS'] } });
  await person('Haile', 'Dawit', { dateOfBirth: '2010', ageStatus: 'CLAIMED_CHILD', unaccompanied: true });
  await person('Gebre', 'Samuel', {});

  await page.goto(`${app.url}#/print/interception/${incident.id}`);
  const pdf = testInfo.outputPath('incident-care.pdf');
  await printToPdf(page, pdf);
  const text = pdfPages(pdf).join('\n');

  // The summary line may wrap: compared with its spaces folded.
  expect(text.replace(/\s+/g, ' ')).toContain('2 with medical needs · 1 unaccompanied child · 0 with a disability · 0 with trafficking indicators · 1 family group (3 people)');
  // Needs in words, never codes; the full list carries them on each person's row.
  for (const code of ['HYPOTHERMIA', 'FUEL_BURNS', 'PREGNANCY', 'CLAIMED_CHILD', 'synthetic-family-1']) expect(text).not.toContain(code);
  const people = text.slice(text.indexOf('People recorded (6)'));
  // A row's long cells wrap onto a second line of the PDF's text (between needs, never inside one): its first line is compared.
  expect(people).toMatch(/\bBahta\s+Yonas\s.*\bHypothermia,(\s+Fuel burns)?\n/);
  expect(people).toMatch(/\bHaile\s+Dawit\s.*\bClaims to\s.*\bUnaccompanied\b/);
  expect(people).toMatch(/\bKidane\s+Selam\s.*\bA\s+Pregnancy\b/);
  // The family reads as one block with one label, though sorted by name Bahta and Gebre would split it.
  const rows = people.split('\n').filter((line) => /^\s*\d+\s+WJF-/.test(line));
  expect(rows.map((line) => /WJF-\S+\s+(\S+)/.exec(line)![1])).toEqual(['Abel', 'Kidane', 'Tesfay', 'Bahta', 'Gebre', 'Haile']);
  for (const row of rows.slice(0, 3)) expect(row).toMatch(/\sA(\s|$)/);
  // The care list up front names only those who need care, numbered as in the full list.
  const care = text.slice(text.indexOf('Care and families'), text.indexOf('People recorded (6)'));
  expect(care).toMatch(/^\s*2\s+WJF-\S+\s+Kidane\s+Selam\s+A\s+Pregnancy/m);
  expect(care).toMatch(/^\s*4\s+WJF-\S+\s+Bahta\s+Yonas\s+Hypothermia, Fuel burns/m);
  expect(care).toMatch(/^\s*6\s+WJF-\S+\s+Haile\s+Dawit\s+Unaccompanied child/m);
  expect(care).not.toContain('Gebre');
  renderPages(pdf, join(testInfo.outputDir, 'png'), 1);
});
