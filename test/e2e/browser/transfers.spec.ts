import { expect, test } from '../support/app-fixture';
import { screenshot } from '../support/screens';

// Synthetic people only.
test.use({ viewport: { width: 1280, height: 900 } });

test('a safe-route application is recorded, its mistakes explained beside each field, and moved only by legal steps', async ({ page, app }) => {
  await page.goto(`${app.url}#/transfers/new`);
  await expect(page.getByRole('heading', { level: 1, name: 'Record a safe-route application' })).toBeVisible();
  await page.getByLabel('Application reference').fill('UKEATS-2026-0042');
  await page.getByLabel('Family name').fill('Yohannes');
  await page.getByLabel('Given names').fill('Saba');
  await page.getByLabel('Date of birth').fill('2012-06-01');
  await page.getByLabel('Nationality').pressSequentially('eri');
  await page.getByLabel('Nationality').press('Tab');
  await page.getByLabel('Issued on').fill('2026-11-01');
  await page.getByLabel('Valid until').fill('2027-03-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).getByRole('alert');
  // Every mistake on the first Save: the sex not chosen, and the rules across fields with it (they came in a second round).
  await expect(errorOf('Sex')).toHaveText('Choose the sex');
  await expect(errorOf('Family reference')).toHaveText('A child applies only as part of a family led by an adult: enter the family reference');
  await expect(errorOf('Valid until')).toHaveText('Entry clearance is valid for up to 3 months: at most until 1 Feb 2027');
  await screenshot(page, 'returns-transfer-form-errors');
  await page.getByLabel('Sex').selectOption({ label: 'Female' });
  await page.getByLabel('Family reference').fill('FAM-0042');
  await page.getByLabel('Valid until').fill('2027-01-31');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Yohannes, Saba' })).toBeVisible();
  await expect(page.getByTestId('transfer-state')).toHaveText('Expression of interest submitted');
  // The location check is not recorded as passed, so the only legal step is a refusal, and it needs a reason.
  const steps = page.getByRole('group', { name: 'Next steps' }).getByRole('button');
  await expect(steps).toHaveText(['Refuse']);
  await expect(page.getByTestId('held-back-move')).toHaveText('Record location verified: record the location check as passed first, with Correct.');
  await steps.click();
  await page.getByRole('form', { name: 'Refuse' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(errorOf('Reason (required)')).toHaveText('Give the reason for moving the application to "Refused"');

  await page.getByRole('link', { name: 'Correct' }).click();
  await page.getByLabel('Location in France verified').selectOption({ label: 'Passed' });
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(steps).toHaveText(['Record location verified', 'Refuse']);
  await expect(page.getByTestId('held-back-move')).toHaveCount(0);
  await page.getByRole('button', { name: 'Record location verified' }).click();
  await page.getByRole('form', { name: 'Record location verified' }).getByRole('button', { name: 'Confirm' }).click();
  await expect(page.getByTestId('transfer-state')).toHaveText('Location in France verified');
  await expect(page.getByRole('table', { name: 'State history' })).toContainText('Expression of interest submitted → Location in France verified');
  await expect(page.getByRole('region', { name: 'Corrections' })).toContainText('Not done yet');
  await screenshot(page, 'returns-transfer-detail-steps');
});

test('a correction saved after someone else corrected the application offers Reload, which keeps what was typed where they changed nothing', async ({ page, app, api }) => {
  const created = await api('transfers.create', {
    applicationReference: 'UKEATS-2026-0077', familyName: 'Tesfay', givenNames: 'Ruth', dateOfBirth: '1994-05-02', nationality: 'ERI', sex: 'F',
  });
  const id = created.transfer.id;
  await page.goto(`${app.url}#/transfers/${id}/edit`);
  await page.getByLabel('Family reference').fill('FAM-0077');

  // Meanwhile the given names are corrected elsewhere (another officer, a sync).
  const { transfer } = created;
  await api('transfers.update', {
    id, version: transfer.version,
    changes: { applicationReference: transfer.applicationReference, familyName: transfer.familyName, givenNames: 'Ruta', dateOfBirth: transfer.dateOfBirth, nationality: transfer.nationality, sex: transfer.sex },
  });

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const stale = page.getByRole('alert').filter({ hasText: 'was changed since you opened it' });
  await expect(stale).toBeVisible();
  await stale.getByRole('button', { name: 'Reload' }).click();
  await expect(page.getByLabel('Given names')).toHaveValue('Ruta');
  await expect(page.getByLabel('Family reference')).toHaveValue('FAM-0077');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Tesfay, Ruta' })).toBeVisible();
  expect((await api('transfers.get', { id })).transfer).toMatchObject({ givenNames: 'Ruta', familyReference: 'FAM-0077' });
});
