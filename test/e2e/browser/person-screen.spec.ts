import { expect, test } from '@playwright/test';
import { apiClient } from '../support/api';
import { startBrowserMode, type BrowserModeApp } from '../support/browser-mode';
import { screenshot } from '../support/screens';

// Synthetic people only: seeded ones stand for records pulled from the centre (no saves on this laptop).
let app: BrowserModeApp;
test.beforeEach(async ({ page }) => {
  app = await startBrowserMode({ seedPeople: 3 });
  await page.setViewportSize({ width: 1280, height: 900 });
});
test.afterEach(async () => {
  await app.cleanup();
});

test('a person with no changes on this laptop says so under History, not a bare heading', async ({ page }) => {
  const api = await apiClient(app.url);
  const [person] = (await api('arrivals.list', { limit: 1 })).items;
  await page.goto(`${app.url}#/arrivals/${person!.id}`);
  const history = page.getByRole('region', { name: 'History' });
  await expect(history).toContainText('No changes recorded on this laptop yet.');
  await screenshot(page, 'person-no-history');
});
