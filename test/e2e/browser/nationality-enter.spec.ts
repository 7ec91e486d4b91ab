import { expect, test } from '../support/app-fixture';
import { typeBoatRowUpToNationality, typeEritreanAdultIntoBoatRow } from '../support/boat-people';
import { daysAgo, landBoat } from '../support/returns';

test('a nationality typed that matches nothing is refused on Enter, not replaced by the one carried over from the last person', async ({ page, app, api }) => {
  const boat = await landBoat(api, daysAgo(0, 2));
  const row = await typeEritreanAdultIntoBoatRow(page, app.url, boat.id, 'Berhane');
  await expect(row.getByRole('status')).toContainText('Saved');

  // The next person: Eritrea is carried over. The row is filled, then the officer goes back to
  // the nationality, types over it something the list does not hold, and presses Enter.
  await typeBoatRowUpToNationality(page, 'Zangana');
  await expect(row.getByLabel('Nationality')).toHaveValue('Eritrea');
  await page.keyboard.press('Tab');
  await page.keyboard.type('a');
  await page.keyboard.press('Shift+Tab');
  await expect(row.getByLabel('Nationality')).toBeFocused();
  await page.keyboard.type('qqq');
  await page.keyboard.press('Enter');
  await expect(row.getByText('Choose a nationality from the list')).toBeVisible();
  await expect(row.getByLabel('Nationality')).toHaveValue('qqq');
  await expect(page.getByRole('heading', { name: 'Recorded from this boat (1)' })).toBeVisible();
  expect((await api('arrivals.list', { filter: { search: 'Zangana' } })).total).toBe(0);
});
