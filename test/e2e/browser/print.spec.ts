import { expect, test } from '../support/app-fixture';
import type { Input } from '../../../shared/api';
import { join } from 'node:path';
import { pdfPages, printToPdf, renderPages } from '../support/pdf';
import { correctPerson } from '../support/people';
import { arrivedBySafeRoute, crossedBySmallBoat } from '../support/prior-crossing';
import { daysAgo, landBoat, scheduleAndRemove, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';
import { formatUkDateTime } from '../../../shared/domain/time';


const boat: Input<'interceptions.create'> = {
  site: 'WJF', detectedAt: '2025-08-06T02:10:00.000Z', interceptedAt: '2025-08-06T03:05:00.000Z', latitude: 51.0912, longitude: 1.4523,
  zone: 'UK_TERRITORIAL', outcome: 'LANDED_UK_PORT', interceptedBy: 'BORDER_FORCE', interceptingVessel: 'BF Seeker', peopleAboard: 200,
  vessel: { type: 'INFLATABLE_DINGHY', lengthMetres: 10, engines: [{ make: 'Yamaha', horsepower: 60, serialNumber: 'SN123' }], seized: true, seizureReference: 'SZ-2025-000001' },
};

test('a 200-person incident report prints as a clean multi-page A4 document', async ({ page, app, api }, testInfo) => {
  const incident = await api('interceptions.create', boat);
  for (let i = 1; i <= 200; i++) {
    await api('arrivals.create', {
      route: 'SMALL_BOAT', interceptionId: incident.id, site: 'WJF', arrivedAt: '2025-08-06T03:30:00.000Z',
      familyName: `Synthetic${String(i).padStart(3, '0')}`, givenNames: 'Test Person',
      ...(i % 10 ? { dateOfBirth: '1995', dateOfBirthPrecision: 'YEAR' } : { dateOfBirth: '1994-06-15', dateOfBirthPrecision: 'ESTIMATED' }),
      sex: i % 5 ? 'M' : 'F', nationality: 'ERI', ageStatus: 'ADULT',
    });
  }
  await page.goto(`${app.url}#/print/interception/${incident.id}`);
  const pdf = testInfo.outputPath('incident-200.pdf');
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);

  expect(pages.length).toBeGreaterThanOrEqual(5);
  pages.forEach((text, i) => {
    expect(text).toContain('OFFICIAL-SENSITIVE');
    expect(text).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(text).toContain(incident.reference);
    expect(text).toMatch(/Printed by Demo Supervisor, \d+ \w+ \d{4}, \d\d:\d\d UK time/);
  });
  const all = pages.join('\n');
  for (let i = 1; i <= 200; i++) {
    // Each person's row is whole on one line of one page: never split across a page break. A
    // date of birth says how it is known: a year alone, or an estimate, never passed off as exact.
    const born = i % 10 ? '1995 \\(year only\\)' : '15 Jun 1994 \\(estimated\\)';
    expect(all).toMatch(new RegExp(`^\\s*${i}\\s+WJF-\\S+\\s+Synthetic${String(i).padStart(3, '0')}\\s+Test Person\\s+${born}\\s`, 'm'));
  }
  // The table header repeats on every page the table runs onto.
  const pagesWithPeople = pages.filter((p) => /Synthetic\d{3}/.test(p));
  expect(pagesWithPeople.length).toBeGreaterThanOrEqual(4);
  for (const p of pagesWithPeople) expect(p).toMatch(/Reference\s+Family name\s+Given names/);
  expect(all).toContain('SZ-2025-000001');
  renderPages(pdf, join(testInfo.outputDir, 'png'), pages.length);
});

test('a case summary carries identity, documents and the correction history', async ({ page, app, api }, testInfo) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tesfamariam', givenNames: 'Selam',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
    documents: [{ type: 'PASSPORT', number: 'P1234567', issuingState: 'ERI', expiryDate: '2030-01-31' }],
  });
  await correctPerson(api, person, { dateOfBirth: '1996-04-13' });
  const opened = await api('returns.open', { arrivalId: person.id });

  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  await expect(page.getByRole('img', { name: `QR code: ${person.reference}` })).toBeVisible();
  const pdf = testInfo.outputPath('case-summary.pdf');
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);
  expect(pages.length).toBeLessThanOrEqual(2);
  pages.forEach((page, i) => {
    expect(page).toContain('OFFICIAL-SENSITIVE');
    expect(page).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(page).toContain(person.reference);
  });
  const text = pages.join('\n');
  expect(text).toContain('TESFAMARIAM, Selam');
  expect(text).toContain('P1234567');
  expect(text).toMatch(/Date of birth\s+14 Mar 1996\s+13 Apr 1996/);
  // Arrived in August 2025: the 3-month limit has long passed, so reading the case expired it.
  expect(text).toContain(`Returns pilot — case ${opened.case!.reference}`);
  expect(text).toContain('Expired (3-month limit');
  // The history starts with who opened the case; a wrapped reason's lines interleave with other columns' in the PDF's text.
  expect(text).toMatch(/Case opened\s+— → Arrived/);
  expect(text).toContain('The 3-month limit');
  expect(text).toMatch(/ended \d{1,2} \w{3} \d{4}/);
  expect(text).toContain('No prior-crossing decisions recorded.');
  renderPages(pdf, join(testInfo.outputDir, 'png'), pages.length);
});

test("a safe-route arrival's case summary gives the application in words, and sets the officer's note apart from the engine's reasons", async ({ page, app, api }) => {
  const before = await crossedBySmallBoat(api, 120, { familyName: 'Mohammed', givenNames: 'Abdul Rahman', dateOfBirth: '1994-03-11' });
  const person = await arrivedBySafeRoute(api, { familyName: 'Muhammad', givenNames: 'Abdelrahman', dateOfBirth: '1994-11-03' });
  await api('matching.decide', { subjectId: person.id, candidateId: before.id, decision: 'CONFIRMED', note: 'Admits crossing in the summer (synthetic).' });

  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  const route = page.locator('.print-section').filter({ has: page.getByRole('heading', { name: 'Safe route (transfer from France)' }) });
  await expect(route).toContainText('StateArrived in the UK');
  await expect(route).toContainText('Security checkPassed');
  await expect(route).not.toContainText('PASSED');
  const decision = page.locator('.print-section').filter({ has: page.getByRole('heading', { name: 'Prior crossings and re-entry' }) }).getByRole('row').nth(1);
  await expect(decision).toContainText('Same nationality (SDN)Note: “Admits crossing in the summer (synthetic).”');
});

test('Ctrl+P on a person’s screen opens the printable case summary, and Escape goes back', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Habte', givenNames: 'Yonas',
    dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await expect(page.getByRole('heading', { name: 'Habte, Yonas' })).toBeVisible();
  await page.keyboard.press('Control+p');
  await expect(page.getByRole('heading', { name: 'Case summary' })).toBeVisible();
  await expect(page.getByText('HABTE, Yonas')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF' })).toHaveCount(0); // desktop only
  await expect(page.getByRole('button', { name: 'Print…' })).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'Habte, Yonas' })).toBeVisible();
});

test("the case summary's returns history says when each removal was scheduled for, and the eligibility in words", async ({ page, app, api }) => {
  const arrivedAt = daysAgo(5);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Rahimi', 'Jawad');
  const first = new Date(Date.now() + 3 * 86_400_000).toISOString();
  const second = new Date(Date.now() + 6 * 86_400_000).toISOString();
  const scheduled = await scheduleAndRemove(api, await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED'), first, false);
  await api('returns.applyEvent', { id: scheduled.case!.id, version: scheduled.case!.version, event: { type: 'SCHEDULE_REMOVAL', removalAt: second }, reason: 'Flight moved' });

  await page.setViewportSize({ width: 1000, height: 1400 });
  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  const history = page.locator('.print-table').filter({ hasText: 'Case opened' });
  await expect(history.getByRole('row').filter({ hasText: /Schedule the removal/ })).toContainText(`for ${formatUkDateTime(first)}`);
  await expect(history.getByRole('row').filter({ hasText: 'Reschedule the removal' })).toContainText(`for ${formatUkDateTime(second)}`);
  const returns = page.locator('.print-kv').filter({ hasText: 'Eligibility' });
  await expect(returns).toContainText('EligibilityEligible for return');
  await screenshot(page, 'print-returns-history');
});

test('the case summary gives the detention, request and removal times an officer recorded late, not only the history', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(5);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Tesfay', 'Abel');
  const minute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();
  const [detainedAt, sentAt, removedAt] = [minute(daysAgo(4)), minute(daysAgo(3)), minute(daysAgo(1))];
  const removalFor = minute(new Date(Date.now() + 2 * 86_400_000).toISOString());
  let view = await walkCase(api, person.id, 'ELIGIBILITY_CHECKED');
  const step = async (event: Input<'returns.applyEvent'>['event']) => {
    view = await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event, reason: null });
  };
  await step({ type: 'DETAIN', occurredAt: detainedAt });
  await step({ type: 'SERVE_NOTICE' });
  await step({ type: 'REFER_TO_FRANCE', occurredAt: sentAt });
  // Given their times too: the removal cannot be confirmed as happening before the steps it rests on.
  await step({ type: 'RECORD_FRANCE_ACCEPTANCE', occurredAt: minute(daysAgo(2, 12)) });
  await step({ type: 'DECIDE_INADMISSIBILITY', occurredAt: minute(daysAgo(2)) });
  await step({ type: 'SCHEDULE_REMOVAL', removalAt: removalFor });
  await step({ type: 'CONFIRM_REMOVAL', occurredAt: removedAt });

  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  const returns = page.locator('.print-kv').filter({ hasText: 'Eligibility' });
  await expect(returns).toContainText(`Detained${formatUkDateTime(detainedAt)}`);
  await expect(returns).toContainText(`Readmission request sent${formatUkDateTime(sentAt)}`);
  await expect(returns).toContainText(`Removalremoved ${formatUkDateTime(removedAt)} (scheduled for ${formatUkDateTime(removalFor)})`);
  await screenshot(page, 'print-returns-times');
});
