import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';

const field = (page: Page, label: string) => page.getByLabel(label, { exact: true });
/** The page's own confirmation, not the status bar's sync messages. */
const savedBanner = (page: Page) => page.getByRole('main').getByRole('status');
const errorOf = (page: Page, label: string) => page.locator('.field', { has: field(page, label) }).getByRole('alert');

/**
 * Tab until focus leaves the current control, then expect `label` to have it: proves the
 * tab order. (A date-time input takes several Tabs: one per part of the date and time.)
 */
async function tabTo(page: Page, label: string) {
  // activeElement, not :focus: inside a date-time input focus sits on a part in the browser's own shadow tree.
  const focusedId = () => page.evaluate<string | undefined>('document.activeElement?.id');
  const leaving = await focusedId();
  for (let i = 0; i < 8 && (await focusedId()) === leaving; i++) await page.keyboard.press('Tab');
  await expect(field(page, label)).toBeFocused();
}

async function tabAndType(page: Page, label: string, text: string) {
  await tabTo(page, label);
  await page.keyboard.type(text);
}

async function tabToButton(page: Page, name: string) {
  await page.keyboard.press('Tab');
  await expect(page.getByRole('button', { name, exact: true })).toBeFocused();
}

/** The fields a finalised interception needs, filled directly (the keyboard test walks them one by one). */
async function fillCore(page: Page, { zone = 'UK_TERRITORIAL' }: { zone?: string } = {}) {
  await field(page, 'Site').selectOption('WJF');
  await field(page, 'Detected at').fill('2025-08-06T03:10');
  await field(page, 'Intercepted or landed at').fill('2025-08-06T04:05');
  await field(page, 'Latitude').fill('51.0912');
  await field(page, 'Longitude').fill('1.4523');
  if (zone) await field(page, 'Zone').selectOption(zone);
  await field(page, 'Outcome').selectOption('LANDED_UK_PORT');
  await field(page, 'People aboard').fill('58');
}

test('an officer records a whole interception by keyboard alone: two engines and a seizure', async ({ page, app }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await expect(page.getByRole('heading', { name: 'Record an interception' })).toBeVisible();
  // From the page's start, Tab reaches the first field: no mouse anywhere below.
  const siteFocused = field(page, 'Site').and(page.locator(':focus'));
  for (let i = 0; i < 12 && (await siteFocused.count()) === 0; i++) await page.keyboard.press('Tab');
  await expect(field(page, 'Site')).toBeFocused();
  await page.keyboard.type('Port'); // type-ahead picks "Port of Dover" (a space would open the list)

  // Date-time parts follow the browser's own language (UK here, as in the desktop app; not
  // every browser), so the value goes in as one string into the focused input, still without the mouse.
  await tabTo(page, 'Detected at');
  await field(page, 'Detected at').fill('2025-08-06T03:10');
  await tabTo(page, 'Intercepted or landed at');
  await field(page, 'Intercepted or landed at').fill('2025-08-06T04:05');

  await tabAndType(page, 'Latitude', '51,0912'); // a decimal comma, as some keyboards give it
  await tabAndType(page, 'Longitude', '1.4523');
  await tabAndType(page, 'Zone', 'UK');
  await tabAndType(page, 'Intercepted by', 'Border');
  await tabAndType(page, 'Intercepting vessel', 'BF Valiant');
  await tabAndType(page, 'Outcome', 'Landed');
  await tabAndType(page, 'People aboard', '62');
  await tabTo(page, 'Deaths'); // stays 0
  await tabTo(page, 'Missing');
  await tabAndType(page, 'Injured', '2'); // Tab selects the 0, typing replaces it
  await tabAndType(page, 'Medical evacuations', '1');
  await tabAndType(page, 'Vessel type', 'Inflatable');
  await tabAndType(page, 'Length in metres', '8.5');
  await tabAndType(page, 'Colour', 'grey and black');
  await tabAndType(page, 'Pumps', 'none');
  await tabAndType(page, 'Fuel', '3 × 20 l jerrycans');
  await tabAndType(page, 'Condition', 'Deflating at the bow');

  for (const [n, make, hp, serial] of [[1, 'Yamaha', '40', 'YM40-118822'], [2, 'Tohatsu', '60', 'TH60-554401']] as const) {
    await page.keyboard.press('Tab');
    if (n === 2) await page.keyboard.press('Tab'); // past "Remove engine 1"
    await expect(page.getByRole('button', { name: 'Add an engine' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, `Engine ${n} make`)).toBeFocused(); // the new engine takes focus
    await page.keyboard.type(make);
    await tabAndType(page, `Engine ${n} horsepower`, hp);
    await tabAndType(page, `Engine ${n} serial number`, serial);
  }
  await tabToButton(page, 'Remove engine 2');
  await tabToButton(page, 'Add an engine');
  await tabTo(page, 'Vessel seized');
  await page.keyboard.press('Space');
  await tabAndType(page, 'Seizure reference', 'SZ-2025-000777');
  await tabAndType(page, 'Disposal', 'Held');
  await tabAndType(page, 'Notes', 'Two outboards, both seized.');
  await tabToButton(page, 'Save');
  await page.keyboard.press('Enter');

  await expect(savedBanner(page)).toContainText('Saved on this device as DOV-');
  const addPeople = page.getByRole('link', { name: 'Add people aboard' });
  await expect(addPeople).toBeFocused(); // the next job is one Enter away
  await expect(page.getByRole('heading', { level: 1 })).toContainText(/Interception DOV-/);
  await expect(page.getByText('Finalised', { exact: true })).toBeVisible();

  await expect(page.locator('.details > div', { hasText: 'Latitude' }).getByRole('definition')).toHaveText('51.09120');
  const engines = page.getByRole('table', { name: 'Engines (2)' });
  await expect(engines.getByRole('row')).toHaveCount(3);
  await expect(engines.getByRole('row').nth(1)).toContainText(['Yamaha', '40', 'YM40-118822'].join(''));
  await expect(engines.getByRole('row').nth(2)).toContainText(['Tohatsu', '60', 'TH60-554401'].join(''));
  const seizure = page.getByRole('region', { name: 'Seizure' });
  await expect(seizure).toContainText('Vessel seizedYes');
  await expect(seizure).toContainText('Seizure referenceSZ-2025-000777');
  await expect(seizure).toContainText('DisposalHeld as evidence');
  await expect(page.getByRole('region', { name: 'Incident' })).toContainText('Intercepted byBorder Force cutter / coastal patrol vessel');
  await expect(page.getByText('Counts differ: 62 people counted aboard, 0 people recorded (62 still to record).')).toBeVisible();

  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(/#\/interceptions\/[0-9a-f-]{36}\/people$/);
});

test('a seized vessel without a seizure reference is refused beside that field', async ({ page, app }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillCore(page);
  await field(page, 'Vessel seized').check();
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(errorOf(page, 'Seizure reference')).toHaveText('Enter the seizure reference of a seized vessel');
  await expect(field(page, 'Seizure reference')).toHaveAttribute('aria-invalid', 'true');
  await expect(field(page, 'Seizure reference')).toBeFocused();
  await expect(page.getByTestId('pending-count')).toHaveText('Nothing waiting to send');

  await field(page, 'Seizure reference').fill('SZ-2025-000123');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toContainText('Saved on this device as WJF-');
});

test('a correction is saved against the version opened and shows in the history, old and new', async ({ page, app }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillCore(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toContainText('Saved on this device');

  await page.getByRole('link', { name: 'Correct' }).click();
  await expect(page.getByRole('heading', { name: /^Correct interception WJF-/ })).toBeVisible();
  await expect(field(page, 'People aboard')).toHaveValue('58');
  await expect(field(page, 'Detected at')).toHaveValue('2025-08-06T03:10'); // back in UK time
  await expect(page.getByRole('button', { name: 'Save as draft' })).toHaveCount(0); // a finalised record stays final
  await field(page, 'People aboard').fill('61');
  await page.getByRole('button', { name: 'Save', exact: true }).click();

  await expect(savedBanner(page)).toHaveText('Correction saved on this device. It is shown in the history below.');
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByText(/^Corrected by /)).toBeVisible();
  await expect(history.getByRole('row', { name: /^People aboard/ }).getByRole('cell')).toHaveText(['People aboard', '58', '61']);

  // Opened again and saved with nothing changed: said so, and the history does not grow.
  await page.getByRole('link', { name: 'Correct' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toHaveText('Nothing was changed, so nothing new was saved.');
  await expect(history.getByText(/^Corrected by /)).toHaveCount(1);
});

test('a draft saved without a zone is finalised later, when the zone is known', async ({ page, app }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillCore(page, { zone: '' });
  await page.getByRole('button', { name: 'Save as draft' }).click();

  await expect(savedBanner(page)).toContainText('Draft saved on this device as WJF-');
  await expect(page.locator('.page-header').getByText('Draft', { exact: true })).toBeVisible();
  await page.getByRole('link', { name: 'Back to list' }).click();
  const row = page.getByRole('row', { name: /WJF-/ });
  await expect(row.getByText('Draft', { exact: true })).toBeVisible();
  await expect(row.getByRole('cell', { name: /0 \/ 58/ })).toContainText('(counts differ)');

  await row.getByRole('link').click();
  await page.getByRole('link', { name: 'Correct' }).click();
  await page.getByRole('button', { name: 'Save', exact: true }).click(); // finalising needs the zone
  await expect(errorOf(page, 'Zone')).toHaveText('Choose the zone');
  await expect(field(page, 'Zone')).toBeFocused();

  await field(page, 'Zone').selectOption('UK_EEZ_INTERNATIONAL');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toContainText('Correction saved');
  await expect(page.locator('.page-header').getByText('Finalised', { exact: true })).toBeVisible();
  const history = page.getByRole('region', { name: 'History' });
  await expect(history.getByRole('row', { name: /^Status/ }).getByRole('cell')).toHaveText(['Status', 'Draft', 'Finalised']);
  await expect(history.getByRole('row', { name: /^Zone/ }).getByRole('cell')).toHaveText(['Zone', '—', 'UK EEZ / international waters']);
});

test('a correction made elsewhere first is not overwritten: the officer reloads', async ({ page, app, api }) => {
  await page.goto(`${app.url}#/interceptions/new`);
  await fillCore(page);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toContainText('Saved on this device');
  await page.getByRole('link', { name: 'Correct' }).click();
  await field(page, 'People aboard').fill('60');

  // Meanwhile the same record is corrected somewhere else (another window, a sync).
  const id = /interceptions\/([0-9a-f-]{36})\/edit/.exec(page.url())![1]!;
  const { id: _id, reference: _r, createdBy: _c, createdAt: _ca, updatedAt: _u, version, ...fields } = await api('interceptions.get', { id });
  await api('interceptions.update', { id, version, changes: { ...fields, peopleAboard: 59 } });

  await page.getByRole('button', { name: 'Save', exact: true }).click();
  const conflict = page.getByRole('alert').filter({ hasText: 'was changed since you opened it' });
  await expect(conflict).toBeVisible();
  await conflict.getByRole('button', { name: 'Reload' }).click();
  await expect(field(page, 'People aboard')).toHaveValue('59');
  await field(page, 'People aboard').fill('60');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(savedBanner(page)).toContainText('Correction saved');
  await expect(page.getByRole('region', { name: 'People and casualties' })).toContainText('People aboard60');
});
