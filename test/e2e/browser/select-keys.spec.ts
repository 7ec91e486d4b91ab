import { expect, test } from '../support/app-fixture';

test('pressing A again on the age status keeps "Adult"; letters typed together reach the other A options', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/arrivals/new`);
  await page.getByLabel('Family name', { exact: true }).fill('Tesfay');
  const ageStatus = page.getByLabel('Age status');
  await ageStatus.focus();
  await page.keyboard.press('a');
  await expect(ageStatus).toHaveValue('ADULT');
  await page.waitForTimeout(1000); // an officer's pause: the browser's own type-ahead would now move on to "Accepted as a child"
  await page.keyboard.press('a');
  await expect(ageStatus).toHaveValue('ADULT');

  await page.waitForTimeout(1000);
  await page.keyboard.type('as', { delay: 50 });
  await expect(ageStatus).toHaveValue('ASSESSED_ADULT');
  await page.waitForTimeout(1000);
  await page.keyboard.type('ac', { delay: 50 });
  await expect(ageStatus).toHaveValue('ACCEPTED_CHILD');
  await page.waitForTimeout(1000);
  await page.keyboard.press('c');
  await expect(ageStatus).toHaveValue('CLAIMED_CHILD');

  // The form holds what the select shows: the draft is saved with it.
  await page.getByRole('button', { name: 'Save as draft' }).click();
  await expect(page.getByText(/Saved on this device as/)).toBeVisible();
  const [saved] = (await api('arrivals.list', {})).items;
  expect(saved?.ageStatus).toBe('CLAIMED_CHILD');
});

test('a few letters of a nationality find the one officers at the Channel record, before a rarer country spelt the same way', async ({ page, app }) => {
  await page.goto(`${app.url}#/arrivals/new`);
  const nationality = page.getByLabel('Nationality');
  await nationality.pressSequentially('sta');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/Stateless person/);
  await nationality.press('Enter');
  await expect(nationality).toHaveValue(/Stateless person/);

  await nationality.fill('');
  await nationality.pressSequentially('su');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/^Sudan/);
  await nationality.fill('');
  await nationality.pressSequentially('e');
  await expect(page.getByRole('listbox').getByRole('option').first()).toHaveText(/^Eritrea/); // not Ecuador or Egypt
});
