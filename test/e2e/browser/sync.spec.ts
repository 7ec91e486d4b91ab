import type { Page } from '@playwright/test';
import { revokeDevice } from '../../../server/devices/admin';
import { disableOfficer } from '../../../server/officers/officers';
import { change, enrolDevice } from '../../support/sync-client';
import { expect } from '../support/app-fixture';
import { DEMO } from '../support/browser-mode';
import { test, type Central } from '../support/central';
import { screenshot } from '../support/screens';

// This test drives sync with the button; background sync is covered by the integration tests.
test.use({ autoSync: false });

/** On the Settings page: the centre's address, then an enrolment code, as an officer types them. */
async function enrolOnSettings(page: Page, central: Central) {
  await page.getByLabel('Central API address').fill(central.url);
  await page.getByRole('button', { name: 'Save address' }).click();
  await expect(page.getByText('Address saved.')).toBeVisible();
  await page.getByLabel('Enrolment code').fill(await central.enrolmentCode());
  await page.getByLabel('Enrolment code').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `This device is enrolled with ${central.url}.` })).toBeVisible();
}

test('records made while the central API is down stay pending, then all turn safe after Sync', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(app.url);
  await expect(page.getByTestId('sync-activity')).toHaveText('Not set up to send to the centre');

  // Set up: address and enrolment, by keyboard.
  await page.getByRole('link', { name: 'Settings' }).click();
  await enrolOnSettings(page, central);

  // The centre goes away; the officer keeps recording.
  await central.stop();
  const ids: string[] = [];
  for (const name of ['Habte', 'Kidane', 'Tesfay']) {
    const { id } = await api('arrivals.create', {
      route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: name, givenNames: 'Test',
      dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
    });
    ids.push(id);
  }
  await page.goto(`${app.url}#/arrivals/${ids[0]}`);
  await expect(page.getByTestId('record-sync-state')).toHaveText('Not yet sent to the centre');
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toContainText('cannot be reached');
  await expect(page.getByTestId('pending-count')).toHaveText('3 changes not yet sent');
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre not reachable: records are kept on this laptop');

  // The centre is back: Sync, and every record is proven safe.
  await central.start();
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 3, received 0, conflicts 0');
  await expect(page.getByTestId('pending-count')).toHaveText('Nothing waiting to send');
  await expect(page.getByTestId('safe-count')).toHaveText('3 records proven held at the centre');
  await expect(page.getByTestId('record-sync-state')).toHaveText('Safe at the centre');
  const [row] = await central.database.query<{ n: string }>('SELECT count(*) AS n FROM records');
  expect(Number(row!.n)).toBe(3);
});

test('a record the centre refuses is counted in the status bar and listed with the centre\'s reason and a way to it', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await enrolOnSettings(page, central);
  // The status bar follows at once, and an offline sign-in says how to be checked by the centre now that it answers.
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre reachable');
  await expect(page.getByTestId('signed-in-via')).toContainText('signed in offline (the centre can be reached now: Lock, then unlock, to sign in online)');
  await screenshot(page, 'sync-enrolled');

  // An administrator disabled this officer at the centre: what they record here is refused there.
  await disableOfficer(central.database, DEMO.supervisor.username);
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Habte', givenNames: 'Test',
    dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 0, received 0, conflicts 0, refused 1');
  // The officer signed in is the one disabled: told at once, on every page, not only in the list.
  await expect(page.getByTestId('officer-disabled-notice')).toContainText(
    'The central service has disabled Demo Supervisor: what you record on this device is refused there. Ask a supervisor or an administrator before recording more.',
  );
  await page.getByTestId('refused-count').click();
  await expect(page.getByRole('heading', { name: 'Refused by the centre' })).toBeVisible();
  const row = page.getByRole('table', { name: 'Refused records' }).getByRole('row').nth(1);
  // The officer by name, never by the centre's internal id, with what to do about it.
  await expect(row).toContainText('Officer Demo Supervisor is disabled at the centre');
  await expect(row).not.toContainText(/[0-9a-f]{8}-[0-9a-f]{4}-/);
  await expect(row).toContainText('ask an administrator to enable them again at the centre; otherwise another officer checks the record');
  await screenshot(page, 'sync-refused');
  await row.getByRole('link', { name: `Person ${person.reference}` }).click();
  await expect(page.getByTestId('record-sync-state')).toContainText('Refused by the centre: Officer Demo Supervisor is disabled');
  await screenshot(page, 'sync-refused-person');
});

test('the audit trail on Settings follows a sync: it says what the centre checked without a reload', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await enrolOnSettings(page, central);
  await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Habte', givenNames: 'Test',
    dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await expect(page.getByTestId('audit-chain-centre')).toHaveText('The centre has not checked this device’s chain yet: nothing has been sent.');

  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 1, received 0, conflicts 0');
  await expect(page.getByTestId('audit-chain-centre')).toHaveText('The centre checked this device’s chain up to entry 1 and found no break.');
});

test('a person changed here and on another device is a conflict the officer can read and settle, keeping what the other device changed alone, and the history says so', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await enrolOnSettings(page, central);
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Haile', givenNames: 'Dawit',
    dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 1, received 0, conflicts 0');

  // Another device corrects the year of birth at the centre…
  const [held] = await central.database.query<{ version: string; payload: string }>(
    'SELECT r.version, l.payload::text AS payload FROM records r JOIN change_log l ON l.version = r.version WHERE r.record_id = $1',
    [person.id],
  );
  const theirs = { ...(JSON.parse(held!.payload) as Record<string, unknown>), dateOfBirth: '1991', placeOfBirth: 'Asmara', version: 2, updatedAt: '2025-08-06T06:00:00.000Z' };
  const other = await enrolDevice(central.url, central.database);
  const pushed = await other.push([change(1, { recordType: 'arrival', recordId: person.id, baseVersion: Number(held!.version), payload: theirs, officerId: DEMO.supervisor.id })]);
  expect(pushed.status).toBe(200);
  // …while this laptop corrects it to another year.
  const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = await api('arrivals.get', { id: person.id });
  void reference; void createdBy; void createdAt; void updatedAt;
  await api('arrivals.update', { id, version, changes: { ...fields, dateOfBirth: '1989' } });
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toContainText('conflicts 1');

  await page.goto(`${app.url}#/sync/conflicts`);
  const conflict = page.getByRole('article', { name: `Conflict on ${person.reference}` });
  await expect(conflict.getByRole('heading', { level: 2 })).toHaveText(`Person ${person.reference}: Haile, Dawit`);
  await expect(conflict.getByRole('row', { name: /Date of birth/ }).getByRole('cell').first()).toHaveText('Date of birth');
  await expect(conflict.getByRole('row', { name: /Date of birth/ }).getByRole('cell').nth(1)).toHaveText('1989');
  await expect(conflict.getByRole('row', { name: /Date of birth/ }).getByRole('cell').nth(2)).toHaveText('1991');
  // What the other device changed alone is kept without asking; only the field both changed is asked.
  await expect(conflict.getByRole('row', { name: /Place of birth/ }).getByRole('cell')).toHaveText(['Place of birth', '—', 'Asmara', 'The centre’s (changed only there)']);
  await expect(conflict.getByTestId('conflict-summary')).toHaveText(
    'Both sides changed 1 field: choose the value to keep for it. Every other change, from either side, is kept as it was made.',
  );
  await expect(conflict).toContainText("the centre's copy was saved 6 Aug 2025, 07:00 on another device");
  await expect(conflict.getByRole('button', { name: 'Save the combined copy' })).toBeDisabled();
  await screenshot(page, 'sync-conflict');
  // Correcting the person before the conflict is settled is stopped before anything is typed.
  await page.goto(`${app.url}#/arrivals/${person.id}/edit`);
  await expect(page.getByTestId('settle-conflict-first')).toContainText('Settle it first, then make your correction');
  await page.getByRole('link', { name: 'Conflicts to resolve' }).first().click();
  await conflict.getByRole('group', { name: 'Keep for Date of birth' }).getByLabel('This device’s').check();
  await conflict.getByRole('button', { name: 'Save the combined copy' }).click();
  await expect(page.getByText('No conflicts left to resolve.')).toBeVisible();

  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await expect(page.locator('.audit')).toContainText('Conflict with the centre settled: the copies combined (from this laptop: Date of birth; from the centre: Place of birth)');
  await expect(page.getByRole('main')).toContainText('Asmara');
  await screenshot(page, 'sync-conflict-settled-history');
});

test('a revoked device is told so in words, with what to do, and a new code on Settings brings it back', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await enrolOnSettings(page, central);
  const [device] = await central.database.query<{ id: string }>('SELECT id FROM devices');
  await revokeDevice(central.database, device!.id);
  await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Habte', givenNames: 'Test',
    dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
  });

  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre does not accept this device');
  await expect(page.getByTestId('sync-outcome')).toHaveText(
    'The central API no longer accepts this device (an administrator has revoked it): nothing can be sent or received. Records stay on this laptop. ' +
      'A supervisor must enrol it again in Settings, with a new code from an administrator.',
  );
  // Settings no longer says "enrolled" as if all were well.
  await expect(page.getByTestId('device-refused')).toContainText('the centre no longer accepts it');
  await screenshot(page, 'sync-device-revoked');

  await page.getByLabel('Enrolment code').fill(await central.enrolmentCode());
  await page.getByLabel('Enrolment code').press('Enter');
  await expect(page.getByRole('status').filter({ hasText: `This device is enrolled with ${central.url}.` })).toBeVisible();
  await expect(page.getByTestId('device-refused')).toBeHidden();
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 1, received 0, conflicts 0');
  await expect(page.getByTestId('sync-activity')).toHaveText('Centre reachable');
});

test('a person on screen changed on another laptop shows the change after a sync, with who made it in the history', async ({ page, central, app, api }) => {
  await central.start();
  await page.goto(`${app.url}#/settings`);
  await enrolOnSettings(page, central);
  const person = await api('arrivals.create', {
    route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Tewelde', givenNames: 'Senait',
    dateOfBirth: '1994', dateOfBirthPrecision: 'YEAR', sex: 'F', nationality: 'ERI', ageStatus: 'ADULT',
  });
  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 1, received 0, conflicts 0');
  await page.goto(`${app.url}#/arrivals/${person.id}`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Tewelde, Senait');

  // While the person is on screen, a supervisor on another laptop records the place of birth.
  const [held] = await central.database.query<{ version: string; payload: string }>(
    'SELECT r.version, l.payload::text AS payload FROM records r JOIN change_log l ON l.version = r.version WHERE r.record_id = $1',
    [person.id],
  );
  const theirs = { ...(JSON.parse(held!.payload) as Record<string, unknown>), placeOfBirth: 'Mendefera', version: 2, updatedAt: '2025-08-06T06:00:00.000Z' };
  const other = await enrolDevice(central.url, central.database);
  expect((await other.push([change(1, { recordType: 'arrival', recordId: person.id, baseVersion: Number(held!.version), payload: theirs, officerId: DEMO.supervisor.id, recordedAt: '2025-08-06T06:00:00.000Z' })])).status).toBe(200);

  await page.getByRole('button', { name: 'Sync' }).click();
  await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 0, received 1, conflicts 0');
  // No reload: the screen follows the sync.
  await expect(page.getByRole('main')).toContainText('Mendefera');
  const received = page.locator('.audit li').last();
  await expect(received.locator('.audit__when')).toHaveText(`Changed on another laptop by ${DEMO.supervisor.name}, 6 Aug 2025, 07:00`);
  await expect(received).toContainText('Received from the central service: changed on another laptop');
  await expect(received.getByRole('row', { name: /Place of birth/ })).toContainText('Mendefera');
  await screenshot(page, 'sync-received-history');
});

test.describe('when the app syncs by itself', () => {
  test.use({ autoSync: true });

  test('the status bar shows the sync under way, then the Sync button is ready again', async ({ page, central, app, api }) => {
    // A push held for longer than the status bar's 5-second refresh, so that it sees the sync.
    await central.start({ holdPushMs: 7_000 });
    await api('arrivals.create', {
      route: 'OTHER', site: 'MAN', arrivedAt: '2025-08-06T04:30:00.000Z', familyName: 'Gebre', givenNames: 'Test',
      dateOfBirth: '1990', dateOfBirthPrecision: 'YEAR', sex: 'M', nationality: 'ERI', ageStatus: 'ADULT',
    });
    await page.goto(`${app.url}#/settings`);
    await enrolOnSettings(page, central); // the first sync starts about a second later

    await expect(page.getByRole('button', { name: 'Syncing…' })).toBeDisabled({ timeout: 15_000 });
    await expect(page.getByTestId('pending-count')).toHaveText('Nothing waiting to send', { timeout: 20_000 });
    await expect(page.getByRole('button', { name: 'Sync', exact: true })).toBeEnabled({ timeout: 10_000 });
    // The line beside the button says how that sync went, though nobody pressed the button.
    await expect(page.getByTestId('sync-outcome')).toHaveText('Sent 1, received 0, conflicts 0');
  });
});
