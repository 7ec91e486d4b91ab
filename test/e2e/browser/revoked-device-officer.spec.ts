import { revokeDevice } from '../../../server/devices/admin';
import { expect } from '../support/app-fixture';
import { DEMO } from '../support/browser-mode';
import { test } from '../support/central';
import { screenshot } from '../support/screens';

test.use({ autoSync: false });

// An administrator revokes a laptop (`npm run server:cli -- revoke-device 450WT`); the next officer to sign in on it.
test('an officer signing in on a revoked laptop is told at once that the centre refuses it, and to ask a supervisor', async ({ page, central, app }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await page.getByLabel('Central API address').fill(central.url);
  await page.getByLabel('Enrolment code').fill(await central.enrolmentCode());
  await page.getByRole('button', { name: 'Enrol this device' }).click();
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre reachable');
  const [device] = await central.database.query<{ id: string }>('SELECT id FROM devices');
  await revokeDevice(central.database, device!.id);

  await page.getByRole('button', { name: 'Switch officer' }).click();
  const form = page.getByRole('form', { name: 'Sign in' });
  await form.getByLabel('Username').fill(DEMO.officer.username);
  await form.getByLabel('Password').fill(DEMO.officer.password);
  await form.getByRole('button', { name: 'Sign in' }).click();
  // Signed in offline (the centre refuses the laptop, not the officer), and told so before any sync.
  await expect(page.getByTestId('signed-in-via')).toHaveText(' · signed in offline');
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre does not accept this device');
  await expect(page.getByTestId('sync-outcome')).toContainText('The central API no longer accepts this device (an administrator has revoked it)');

  await page.getByRole('link', { name: 'Settings' }).click();
  await expect(page.getByTestId('device-refused')).toContainText('ask a supervisor to enter a new enrolment code from an administrator here.');
  await expect(page.getByLabel('Enrolment code')).toBeDisabled();
  await screenshot(page, 'revoked-device-officer-settings');
});
