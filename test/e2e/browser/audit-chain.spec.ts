import { expect, test } from '../support/app-fixture';
import { openDatabase } from '../../../electron/core/db/connection';
import { loadOrCreatePlainKey } from '../../../electron/core/db/key-file';
import { databasePath } from '../../../electron/core/db/paths';

test.use({ autoSync: false });

const boat = {
  site: 'WJF',
  detectedAt: '2025-08-06T02:10:00.000Z',
  interceptedAt: '2025-08-06T03:05:00.000Z',
  latitude: 51.0912,
  longitude: 1.4523,
  zone: 'UK_TERRITORIAL',
  outcome: 'LANDED_UK_PORT',
  peopleAboard: 12,
  notes: 'Grey inflatable.',
} as const;

test('Settings shows the audit chain intact, then the entry an edit to the database broke', async ({ page, app, api }) => {
  const first = await api('interceptions.create', boat);
  await api('interceptions.create', { ...boat, peopleAboard: 30 });

  await page.goto(`${app.url}#/settings`);
  const local = page.getByTestId('audit-chain-local');
  await expect(local).toContainText('Audit chain intact: 2 entries verified, last checked');
  await expect(page.getByTestId('audit-chain-centre')).toContainText('has not checked this device’s chain yet');
  await page.getByRole('region', { name: 'Audit trail' }).screenshot({ path: 'test-results/audit-chain-intact.png' });

  // Someone with the database key makes the first entry look like another officer's work.
  await app.stop();
  const db = openDatabase(databasePath(app.dataDir), { key: loadOrCreatePlainKey(app.dataDir) });
  db.prepare("UPDATE audit_log SET officer_id = 'someone-else' WHERE seq = 1").run();
  db.close();
  await app.restart();

  await page.goto(`${app.url}#/settings`);
  await expect(local).toContainText('Audit chain broken: 1 problem found, 1 entry of 2 verified');
  await expect(local).toContainText(`First at entry 1 (${first.reference}`);
  await expect(local).toContainText('changed after it was written');
  await page.getByRole('region', { name: 'Audit trail' }).screenshot({ path: 'test-results/audit-chain-broken.png' });
});
