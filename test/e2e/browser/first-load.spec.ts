import { expect, test } from '../support/app-fixture';

test.use({ signInAs: false });

test('the first load asks for nothing the app does not serve: no 404 (favicon) and no console errors', async ({ page, app }) => {
  const failed: string[] = [];
  const errors: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${new URL(response.url()).pathname}`);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(app.url);
  await expect(page.getByRole('button', { name: 'Sign in' })).toBeVisible();
  // The browser asks for the icon after the page has loaded; give it that moment.
  await page.waitForTimeout(1_000);
  expect(failed).toEqual([]);
  expect(errors).toEqual([]);
  expect(await page.evaluate(() => document.querySelector<HTMLLinkElement>('link[rel="icon"]')?.href ?? '')).toMatch(/^data:image\/svg\+xml,/);
});
