import { expect, test } from '../support/app-fixture';
import { typeEritreanAdultIntoBoatRow } from '../support/boat-people';
import { daysAgo, landBoat, smallBoatPerson } from '../support/returns';

/**
 * An officer with gloves on, no mouse: every step by keyboard, and after each one the
 * keyboard is somewhere sensible — never dropped at the top of the page.
 */
test.use({ signInAs: 'officer' });

test('skip link, a new screen takes the keyboard to its title, and the People list gives back the row that was opened', async ({ page, app, api }) => {
  const boat = await landBoat(api, daysAgo(1));
  await smallBoatPerson(api, boat.id, daysAgo(1), 'Tesfamariam', 'Yonas');
  await smallBoatPerson(api, boat.id, daysAgo(1, 1), 'Ghebremedhin', 'Samuel');
  await page.goto(`${app.url}#/interceptions`);
  await expect(page.getByRole('heading', { name: 'Interceptions' })).toBeVisible();

  // The first Tab offers to skip the menu bar.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to main content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Interceptions', level: 1 })).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByRole('main').getByRole('link', { name: 'Record interception' })).toBeFocused();

  // A menu link: the new screen's title has the keyboard (a screen reader hears where it is).
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'People' }).press('Enter');
  await expect(page.getByRole('heading', { name: 'People', level: 1 })).toBeFocused();

  // Into the list and down to the second person; Enter opens them, on their title.
  const second = page.locator('[role="row"][aria-rowindex="3"]');
  await expect(second).toHaveAttribute('data-reference', /.+/);
  await page.locator('[role="row"][aria-rowindex="2"]').focus();
  await page.keyboard.press('ArrowDown');
  await expect(second).toBeFocused();
  const reference = await second.getAttribute('data-reference');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Ghebremedhin, Samuel', level: 1 })).toBeFocused();

  // "Back to people": the row opened has the keyboard again.
  await page.getByRole('link', { name: 'Back to people' }).press('Enter');
  await expect(page.locator(`[role="row"][data-reference="${reference}"]`)).toBeFocused();
});

test('a returns case by keyboard: each step opens on its first field, Escape and Cancel go back to the step, a saved step says so and keeps the place', async ({ page, app, api }) => {
  const boat = await landBoat(api, daysAgo(2));
  const person = await smallBoatPerson(api, boat.id, daysAgo(2), 'Rahimi', 'Nasir');
  await page.goto(`${app.url}#/returns/case/${person.id}`);

  const open = page.getByRole('button', { name: 'Open a returns case' });
  await open.press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Returns case opened.' })).toBeFocused();

  await page.keyboard.press('Tab');
  const screening = page.getByRole('button', { name: 'Record screening' });
  await expect(screening).toBeFocused();
  await page.keyboard.press('Enter');
  const form = page.getByRole('form', { name: 'Record screening' });
  await expect(form.getByLabel('Reason (optional)')).toBeFocused();

  await page.keyboard.press('Escape');
  await expect(form).toHaveCount(0);
  await expect(screening).toBeFocused();

  await page.keyboard.press('Enter');
  await form.getByRole('button', { name: 'Cancel' }).press('Enter');
  await expect(form).toHaveCount(0);
  await expect(screening).toBeFocused();

  await page.keyboard.press('Enter');
  await page.keyboard.type('Screened at Western Jet Foil (synthetic)');
  await form.getByRole('button', { name: 'Confirm' }).press('Enter');
  await expect(page.getByRole('status').filter({ hasText: 'Saved. The case is now "Screened".' })).toBeFocused();
  // The next Tab goes on into the case (the eligibility checklist), not back to the menu.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('group', { name: 'Third-country national (not an EU citizen)' }).getByLabel('Status')).toBeFocused();
});

test('Enter pressed twice on a boat row (a glove, a bouncing key) saves the person once', async ({ page, app, api }) => {
  const boat = await landBoat(api, daysAgo(0, 2));
  const row = await typeEritreanAdultIntoBoatRow(page, app.url, boat.id, 'Berhane');
  await page.keyboard.press('Enter');
  await expect(row.getByRole('status')).toContainText('Saved');
  await expect(row.getByLabel('Family name')).toBeFocused();
  await expect(page.getByRole('heading', { name: 'Recorded from this boat (1)' })).toBeVisible();
  expect((await api('arrivals.list', { filter: { search: 'Berhane' } })).total).toBe(1);
});

test('a button that works a moment (Export CSV) keeps the keyboard while it works and after', async ({ page, app, api }) => {
  const boat = await landBoat(api, daysAgo(1));
  await smallBoatPerson(api, boat.id, daysAgo(1), 'Tesfamariam', 'Yonas');
  await page.goto(`${app.url}#/arrivals`);
  const exportButton = page.getByRole('button', { name: 'Export CSV' });
  await exportButton.focus();
  const download = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  await download;
  await expect(page.getByRole('status').filter({ hasText: 'Exported 1 person' })).toBeVisible();
  await expect(exportButton).toBeFocused();
});
