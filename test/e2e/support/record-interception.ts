import { expect, type Page } from '@playwright/test';

/**
 * Records a finalised interception through the real form, typing as an officer does, and
 * returns its reference. Only the fields a finalised interception needs are filled.
 */
export async function recordInterceptionByKeyboard(page: Page, baseUrl: string, peopleAboard: number): Promise<string> {
  await page.goto(`${baseUrl}#/interceptions/new`);
  await page.getByLabel('Site').selectOption('WJF');
  await page.getByLabel('Detected at').fill('2025-08-06T03:10');
  await page.getByLabel('Intercepted or landed at').fill('2025-08-06T04:05');
  await page.getByLabel('Latitude').fill('51.0912');
  await page.getByLabel('Longitude').fill('1.4523');
  await page.getByLabel('Zone').selectOption('UK_TERRITORIAL');
  await page.getByLabel('Outcome').selectOption('LANDED_UK_PORT');
  await page.getByLabel('People aboard').fill(String(peopleAboard));
  await page.getByLabel('People aboard').press('Enter'); // Enter in a field saves
  const heading = page.getByRole('heading', { level: 1, name: /^Interception / });
  await expect(heading).toBeVisible();
  return (await heading.textContent())!.replace('Interception ', '').trim();
}
