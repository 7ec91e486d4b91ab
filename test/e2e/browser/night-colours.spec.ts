import type { Locator, Page } from '@playwright/test';
import { expect, test } from '../support/app-fixture';
import { screenshot } from '../support/screens';

test.use({ signInAs: 'officer', seedPeople: 40, viewport: { width: 1280, height: 900 } });

const channels = (css: string) => (css.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number) as [number, number, number];

/** WCAG relative luminance of a computed CSS colour: 0 for black, 1 for white. */
function luminance(css: string): number {
  const [r, g, b] = channels(css).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
};

const pageBackground = (page: Page) => page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);
const colours = (el: Locator) => el.evaluate((e) => ({ text: getComputedStyle(e).color, background: getComputedStyle(e).backgroundColor }));

test('night colours darken every screen, stay legible, and are kept when the app is opened again', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/arrivals`);
  await expect(page.getByText(/40 people/)).toBeVisible();
  expect(luminance(await pageBackground(page))).toBeGreaterThan(0.8);

  const toggle = page.getByRole('button', { name: 'Night colours' });
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  expect(luminance(await pageBackground(page))).toBeLessThan(0.05);

  // Text, hints and the search box stay readable on the dark page (WCAG AA: 4.5 to 1; body text AAA: 7 to 1).
  const body = await colours(page.locator('main.content'));
  expect(contrast(body.text, await pageBackground(page))).toBeGreaterThan(7);
  const search = await colours(page.getByRole('searchbox').or(page.getByLabel(/search/i)).first());
  expect(luminance(search.background)).toBeLessThan(0.05);
  expect(contrast(search.text, search.background)).toBeGreaterThan(7);
  await screenshot(page, 'night-people');

  // A reload (or the next start of the app) keeps the officer's choice: the screen does not flash back to white.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Night colours' })).toHaveAttribute('aria-pressed', 'true');
  expect(luminance(await pageBackground(page))).toBeLessThan(0.05);

  await page.goto(`${app.url}#/arrivals/new`);
  await page.getByRole('button', { name: /save/i }).first().click();
  const error = page.locator('.field__error').first();
  await expect(error).toBeVisible();
  const errorColours = await colours(error);
  expect(contrast(errorColours.text, await pageBackground(page))).toBeGreaterThan(4.5);
  await screenshot(page, 'night-arrival-form-errors');
  await page.goto(`${app.url}#/dashboard`);
  await screenshot(page, 'night-dashboard');

  // Paper stays black on white: a case summary printed at night is the same as by day.
  const [person] = (await api('arrivals.list', {})).items;
  await page.goto(`${app.url}#/print/arrival/${person!.id}`);
  const printed = await colours(page.locator('.print-page').first());
  expect(luminance(printed.background)).toBeGreaterThan(0.95);
  expect(luminance(printed.text)).toBeLessThan(0.01);
  expect(luminance(await colours(page.locator('.print-page dt').first()).then((c) => c.text))).toBeLessThan(0.1);

  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('button', { name: 'Night colours' }).click();
  expect(luminance(await pageBackground(page))).toBeGreaterThan(0.8);
});

test('the sign-in screen offers night colours before anyone signs in', async ({ page, app }) => {
  await page.goto(`${app.url}#/`);
  await page.getByRole('button', { name: 'Lock' }).click();
  const toggle = page.getByRole('button', { name: 'Night colours' });
  await toggle.click();
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  const panel = await colours(page.locator('.sign-in__panel'));
  expect(luminance(panel.background)).toBeLessThan(0.05);
  expect(contrast(panel.text, panel.background)).toBeGreaterThan(7);
  await screenshot(page, 'night-locked');
});
