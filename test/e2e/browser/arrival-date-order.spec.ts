import { expect, test } from '../support/app-fixture';
import { screenshot } from '../support/screens';

// Synthetic people only.
test.use({ viewport: { width: 1280, height: 900 } });

test('NRM decisions and screening dates out of order are refused beside each field, and nothing is saved', async ({ page, app, api }) => {
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tesfay', givenNames: 'Almaz',
    dateOfBirth: '1996-03-14', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await page.getByLabel('Trafficking or modern-slavery indicators').check();
  await page.getByLabel('NRM referral made on').fill('2025-08-10');
  await page.getByLabel('Reasonable grounds decision on').fill('2025-08-09');
  await page.getByLabel('Conclusive grounds decision on').fill('2025-08-08');
  await page.getByLabel('Asylum claimed on').fill('2025-08-05');
  await page.getByLabel('Screening interview on').fill('1999-01-01');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  const errorOf = (label: string) => page.locator('.field', { has: page.getByLabel(label, { exact: true }) }).getByRole('alert');
  await expect(errorOf('Reasonable grounds decision on')).toHaveText('The reasonable grounds decision cannot be before the NRM referral (10 Aug 2025)');
  await expect(errorOf('Conclusive grounds decision on')).toHaveText('The conclusive grounds decision cannot be before the reasonable grounds decision (9 Aug 2025)');
  await expect(errorOf('Asylum claimed on')).toHaveText('The asylum claim cannot be before the arrival (6 Aug 2025)');
  await expect(errorOf('Screening interview on')).toHaveText('The screening interview cannot be before the arrival (6 Aug 2025)');
  await screenshot(page, 'arrival-dates-out-of-order');
  expect((await api('arrivals.get', { id: person.id })).version).toBe(1);

  // In order, the same dates are saved.
  await page.getByLabel('Reasonable grounds decision on').fill('2025-08-12');
  await page.getByLabel('Conclusive grounds decision on').fill('2025-10-01');
  await page.getByLabel('Asylum claimed on').fill('2025-08-06');
  await page.getByLabel('Screening interview on').fill('2025-08-07');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Correction saved' })).toBeVisible();
});
