import { expect, test } from '../support/app-fixture';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Input } from '../../../shared/api';
import { SubjectAccessExport } from '../../../shared/domain/subject-access';
import { pdfPages, printToPdf, renderPages } from '../support/pdf';
import { correctPerson } from '../support/people';

const boat: Input<'interceptions.create'> = {
  site: 'WJF', detectedAt: '2025-08-06T02:10:00.000Z', interceptedAt: '2025-08-06T03:05:00.000Z', latitude: 51.0912, longitude: 1.4523,
  zone: 'UK_TERRITORIAL', outcome: 'LANDED_UK_PORT', interceptedBy: 'BORDER_FORCE', interceptingVessel: 'BF Seeker', peopleAboard: 3,
  notes: 'Qorvenaal Zetheriu needed oxygen on the quayside.',
};

const person = (familyName: string, givenNames: string, interceptionId: string): Input<'arrivals.create'> => ({
  route: 'SMALL_BOAT', interceptionId, site: 'WJF', arrivedAt: '2025-08-06T03:30:00.000Z', familyName, givenNames,
  dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
});

test('a person’s screen exports everything held about them as JSON and prints it as a subject access report', async ({ page, app, api }, testInfo) => {
  const incident = await api('interceptions.create', boat);
  const subject = await api('arrivals.create', {
    ...person('Tesfamariam', 'Selam', incident.id),
    documents: [{ type: 'PASSPORT', number: 'P1234567', issuingState: 'ERI', expiryDate: '2030-01-31' }],
  });
  const { id } = subject;
  await correctPerson(api, subject, { dateOfBirth: '1996-04-13' });
  await api('arrivals.create', person('Qorvenaal', 'Zetheriu', incident.id));
  await api('arrivals.create', person('Wubrenhet', 'Saliqam', incident.id));
  const opened = await api('returns.open', { arrivalId: id });

  await page.goto(`${app.url}#/arrivals/${id}`);
  await expect(page.getByRole('heading', { name: 'Tesfamariam, Selam' })).toBeVisible();

  // JSON: a download in browser mode.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export everything held (JSON)' }).click();
  const saved = await download;
  expect(saved.suggestedFilename()).toMatch(new RegExp(`^subject-access-${subject.reference}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
  const text = readFileSync((await saved.path())!, 'utf8');
  const document = SubjectAccessExport.parse(JSON.parse(text));
  expect(document.subject).toEqual({ arrivalId: id, reference: subject.reference, name: 'Tesfamariam, Selam' });
  expect(document.arrival).toMatchObject({ dateOfBirth: '1996-04-13' });
  expect(document.documents).toEqual([expect.objectContaining({ number: 'P1234567' })]);
  expect(document.interception).toMatchObject({ reference: incident.reference, notes: '[another person] [another person] needed oxygen on the quayside.' });
  expect(document.returnsCase).toMatchObject({ reference: opened.case!.reference });
  expect(document.auditTrail.find((e) => e.action === 'update')?.changes.dateOfBirth).toEqual(['1996-03-14', '1996-04-13']);
  for (const other of ['Qorvenaal', 'Zetheriu', 'Wubrenhet', 'Saliqam']) expect(text).not.toContain(other);
  await expect(page.getByRole('status').filter({ hasText: 'Exported' })).toHaveText(`Exported to ${saved.suggestedFilename()}.`);

  // PDF: the printable report from the same screen.
  await page.getByRole('link', { name: 'Print subject access report' }).click();
  await expect(page.getByRole('heading', { name: 'Subject access report' })).toBeVisible();
  const pdf = testInfo.outputPath('subject-access.pdf');
  await printToPdf(page, pdf);
  const pages = pdfPages(pdf);
  pages.forEach((p, i) => {
    expect(p).toContain('OFFICIAL-SENSITIVE');
    expect(p).toContain(`Page ${i + 1} of ${pages.length}`);
    expect(p).toContain(subject.reference);
  });
  const all = pages.join('\n');
  expect(all).toContain('Tesfamariam, Selam: everything this device holds about this person');
  expect(all).toContain('P1234567');
  expect(all).toContain(incident.reference);
  expect(all).toContain(opened.case!.reference);
  expect(all).toContain('Date of birth: 14 Mar 1996 → 13 Apr 1996');
  expect(all).toContain('Where each record stands with the centre');
  for (const other of ['Qorvenaal', 'Zetheriu', 'Wubrenhet', 'Saliqam']) expect(all).not.toContain(other);
  renderPages(pdf, join(testInfo.outputDir, 'png'), pages.length);
});

test('the Settings page sets how long records stay on the laptop and shows what a purge would remove', async ({ page, app }) => {
  await page.goto(`${app.url}#/settings`);
  const status = page.getByTestId('retention-status');
  await expect(status).toContainText('Retention is off: every record is kept on this laptop.');
  await expect(status).toContainText('No purge has run on this laptop yet.');

  const days = page.getByLabel('Days after safe at the centre');
  await days.fill('0');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(page.getByText('Keep records for at least 1 day')).toBeVisible();

  await days.fill('30');
  await page.getByRole('button', { name: 'Save retention period' }).click();
  await expect(status).toContainText('Records are removed 30 days after they are safe at the centre.');
  await expect(status).toContainText('Eligible for removal now: 0 records.');

  await page.getByRole('button', { name: 'Remove eligible records now' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Purge finished' })).toHaveText('Purge finished: 0 records removed from this laptop.');
  await expect(status).toContainText(/Last purge \(on demand\): .* UK time, 0 records removed\./);

  await page.getByRole('button', { name: 'Keep everything on this laptop' }).click();
  await expect(status).toContainText('Retention is off');
});
