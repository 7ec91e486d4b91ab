import { expect, test } from '../support/app-fixture';
import { correctPerson } from '../support/people';
import { screenshot } from '../support/screens';

// Synthetic people only: seeded ones stand for records pulled from the centre (no saves on this laptop).
test.use({ seedPeople: 3, viewport: { width: 1280, height: 900 } });

test('a person with no changes on this laptop says so under History, not a bare heading', async ({ page, app, api }) => {
  const [person] = (await api('arrivals.list', { limit: 1 })).items;
  await page.goto(`${app.url}#/arrivals/${person!.id}`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('No changes recorded on this laptop yet.');
  await screenshot(page, 'person-no-history');
});

test('dates on a person’s screen read like the app’s other dates (28 Nov 2026), not as stored (2026-11-28)', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tesfay', givenNames: 'Almaz',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT', asylumClaimedAt: '2025-08-07', screenedAt: '2025-08-09',
    documents: [{ type: 'PASSPORT', number: 'P7654321', issuingState: 'ERI', expiryDate: '2030-01-31' }],
  });
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  const row = (section: string, label: string) => page.getByRole('region', { name: section }).locator('div', { has: page.getByText(label, { exact: true }) }).locator('dd');
  await expect(row('Asylum and screening', 'Asylum claimed')).toHaveText('7 Aug 2025');
  await expect(row('Asylum and screening', 'Screening interview')).toHaveText('9 Aug 2025');
  await expect(row('Identity', 'Date of birth')).toHaveText('14 Mar 1996 (exact date)');
  await expect(page.getByRole('region', { name: 'Documents' }).getByRole('cell', { name: '31 Jan 2030' })).toBeVisible();
  await expect(row('Arrival', 'Arrived (UK time)')).toHaveText('6 Aug 2025, 05:30');
  await expect(page.locator('article.record')).not.toContainText(/\b\d{4}-\d{2}-\d{2}\b/);
  await screenshot(page, 'person-dates');
});

test('a corrected document reads in words in the history: its type, who issued it and when it expires', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tesfay', givenNames: 'Almaz',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
    documents: [{ type: 'PASSPORT', number: 'P7654321', issuingState: 'ERI', expiryDate: '2030-01-31' }],
  });
  await correctPerson(api, person, { documents: [{ type: 'PASSPORT', number: 'P7654321', issuingState: 'ERI', expiryDate: '2031-01-31' }] });
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  const change = page.getByRole('region', { name: 'History' }).getByRole('row', { name: /^Documents/ });
  await expect(change.getByRole('cell')).toHaveText([
    'Documents',
    'Passport P7654321, issued by Eritrea (ERI), expires 31 Jan 2030',
    'Passport P7654321, issued by Eritrea (ERI), expires 31 Jan 2031',
  ]);
  await screenshot(page, 'person-document-history');
});
