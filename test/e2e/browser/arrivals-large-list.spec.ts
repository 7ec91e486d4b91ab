import { expect, test } from '../support/app-fixture';
import { screenshot } from '../support/screens';

// Seeded before the engine starts: it must own the database alone.
test.use({ seedPeople: 20_000 });

test('20,000 people scroll as a window of rows, to the very last one', async ({ page, app, api }) => {
  const oldest = (await api('arrivals.list', { sort: 'arrivedAt', direction: 'asc', limit: 1 })).items[0]!;

  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${app.url}#/arrivals`);
  await expect(page.getByTestId('arrival-total')).toHaveText('20,000 people');
  const rows = page.locator('[data-testid="arrival-rows"] [role="row"]');
  await expect(rows.first()).toHaveAttribute('data-reference', /.+/);
  expect(await rows.count()).toBeLessThan(80);
  await expect(page.getByRole('grid')).toHaveAttribute('aria-rowcount', '20001');
  await screenshot(page, 'people-list-20000');

  // Scrolled straight to the bottom (as with the scrollbar): the last page is loaded by offset.
  const scroller = page.getByTestId('arrival-rows');
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }));
  const last = page.locator('[role="row"][aria-rowindex="20001"]');
  await expect(last).toHaveAttribute('data-reference', oldest.reference);
  await expect(last).toBeInViewport();
  expect(await rows.count()).toBeLessThan(80);

  // By keyboard: Home from any row goes to the first, End to the last.
  await last.press('Home');
  await expect(page.locator('[role="row"][aria-rowindex="2"]')).toBeFocused();
  await page.keyboard.press('End');
  await expect(last).toBeFocused();
  await expect(last).toBeInViewport();
  await last.press('PageUp');
  await expect(page.locator('[role="row"]:focus')).toHaveAttribute('data-reference', /.+/);

  // Sorting by family name asks the engine again and starts at the top.
  await page.getByRole('button', { name: 'Name' }).press('Enter');
  await expect(page.getByRole('columnheader', { name: 'Name' })).toHaveAttribute('aria-sort', 'ascending');
  await expect(rows.first()).toHaveAttribute('aria-rowindex', '2');
  await expect(rows.first()).toHaveAttribute('data-reference', /.+/);

  // Deep in the list, a person opened and Back pressed: the list is where the officer left it.
  await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight * 0.75 }));
  const deep = page.locator('[role="row"][aria-rowindex="15001"]');
  await expect(deep).toHaveAttribute('data-reference', /.+/);
  const reference = await deep.getAttribute('data-reference');
  await deep.click();
  await expect(page.getByText(reference!).first()).toBeVisible();
  await page.goBack();
  await expect(page.locator(`[role="row"][data-reference="${reference}"]`)).toBeInViewport();
});
