import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';
import { daysAgo, landBoat, scheduleAndRemove, smallBoatPerson, transferArrived, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';
import { ukIsoWeekStartUtc, ukWeekName } from '../../../shared/domain/returns/weekly-cap';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const deadline = (page: Page, name: RegExp | string) =>
  page.getByRole('region', { name: 'Returns pilot' }).getByRole('table', { name: 'Deadlines' }).getByRole('row', { name });

test('the Returns page shows what is due, this week against the cap, and the balance out and in', async ({ page, app, api }) => {
  test.setTimeout(90_000);
  const late = await smallBoatPerson(api, (await landBoat(api, daysAgo(16))).id, daysAgo(16), 'Mohammadi', 'Ali');
  const soon = await smallBoatPerson(api, (await landBoat(api, daysAgo(13))).id, daysAgo(13), 'Abdi', 'Hodan');
  for (const p of [late, soon]) await api('returns.open', { arrivalId: p.id });
  const removed = await smallBoatPerson(api, (await landBoat(api, daysAgo(3))).id, daysAgo(3), 'Karimi', 'Reza');
  await scheduleAndRemove(api, await walkCase(api, removed.id, 'INADMISSIBILITY_DECIDED'), new Date(Date.now() - 3_600_000).toISOString(), true);
  await transferArrived(api, 'UKEATS-2026-0001', 'Gebremedhin', daysAgo(0, 2));

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Returns', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Returns pilot' })).toBeVisible();
  // The test runs after 11 June 2026, the pilot's stated end: officers are asked to check it was renewed.
  await expect(page.getByTestId('pilot-end-notice')).toHaveText(
    'The pilot was agreed to run until 11 Jun 2026 unless renewed. Before opening a case, check that it has been renewed; a supervisor records a renewal on the Returns page.',
  );
  const due = page.getByRole('table', { name: 'Deadlines due soon or overdue' });
  await expect(due.getByRole('row', { name: /Mohammadi, Ali/ })).toContainText('Overdue');
  await expect(due.getByRole('row', { name: /Abdi, Hodan/ })).toContainText('Due soon');
  await expect(due.getByRole('row').nth(1)).toContainText('Mohammadi, Ali');
  await expect(page.getByTestId('weekly-cap-count')).toHaveText(/^[01] of 50$/);
  await expect(page.getByTestId('balance-totals')).toHaveText(/^Since records began, up to Sunday \d{1,2} [A-Z][a-z]{2} \d{4}: 1 removed to France and 1 arrived by the safe route\.$/);
  await expect(page.getByTestId('balance-weekly')).toBeVisible();
  await expect(page.getByTestId('balance-cumulative')).toBeVisible();

  // The cap is a setting: a bad value is explained beside it, a good one is kept.
  const capField = page.getByLabel('Weekly cap', { exact: true });
  await capField.fill('0');
  await page.getByRole('button', { name: 'Change the cap' }).click();
  await expect(page.locator('.field', { has: capField }).getByRole('alert')).toHaveText('The weekly cap is at least 1');
  await capField.fill('60');
  await page.getByRole('button', { name: 'Change the cap' }).click();
  await expect(page.getByTestId('weekly-cap-count')).toHaveText(/ of 60$/);
  await screenshot(page, 'returns-page');

  await due.getByRole('link', { name: 'Mohammadi, Ali' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mohammadi, Ali' })).toBeVisible();
  await expect(deadline(page, /Readmission request to France/)).toContainText('Overdue');

  await page.goto(`${app.url}#/transfers`);
  await expect(page.getByRole('table', { name: 'Safe-route applications' })).toContainText('Arrived in the UK');
  await screenshot(page, 'returns-transfers-list');
  await page.getByRole('link', { name: 'Gebremedhin, Ruth' }).click();
  await expect(page.getByTestId('transfer-state')).toHaveText('Arrived in the UK');
  await expect(page.getByRole('link', { name: 'Arrival record' })).toBeVisible();
  await screenshot(page, 'returns-transfer-detail');
});

test('a balance over a year and into months to come: weeks to come left out and said so, the weeks labelled with their years, no two labels touching', async ({ page, app, api }) => {
  const removed = await smallBoatPerson(api, (await landBoat(api, daysAgo(3))).id, daysAgo(3), 'Karimi', 'Reza');
  await scheduleAndRemove(api, await walkCase(api, removed.id, 'INADMISSIBILITY_DECIDED'), new Date(Date.now() - 3_600_000).toISOString(), true);
  const ukDay = (days: number) => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + days * 86_400_000));
  await page.goto(`${app.url}#/returns`);
  await page.getByLabel('From', { exact: true }).fill(ukDay(-400));
  await page.getByLabel('To', { exact: true }).fill(ukDay(120));
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(page.getByTestId('balance-totals')).toContainText('The weeks after this one have not happened yet, so they are not shown.');
  await expect(page.getByTestId('balance-totals')).toContainText('1 removed to France');
  const labels = page.getByTestId('balance-weekly').locator('.chart__label');
  await expect(labels.first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2} \d{4}$/); // the weeks run over two years
  const boxes = await labels.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);
  await page.getByLabel('From', { exact: true }).fill(ukDay(30));
  await page.getByRole('button', { name: 'Show' }).click();
  const from = page.locator('.field', { has: page.getByLabel('From', { exact: true }) });
  await expect(from.getByRole('alert')).toHaveText('The start date is in the future: nothing has been counted yet');
});

test('with no removals or safe-route arrivals yet, the balance charts say so instead of drawing flat axes', async ({ page, app }) => {
  await page.goto(`${app.url}#/returns`);
  await expect(page.getByTestId('balance-totals')).toContainText('0 removed to France and 0 arrived by the safe route');
  for (const mode of ['weekly', 'cumulative']) {
    await expect(page.getByTestId(`balance-${mode}`)).toContainText('No data yet for this period.');
  }
  await expect(page.locator('.chart__svg')).toHaveCount(0);
  await screenshot(page, 'returns-balance-empty');
});

test('weeks to come already at or over the cap are shown on the Returns page before anyone schedules into them', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const boat = await landBoat(api, arrivedAt);
  await api('returns.setWeeklyCap', { cap: 2 });
  // Wednesday of the week after next (and of next week), mid-morning: well inside those UK weeks.
  const wednesdayIn = (weeks: number) => new Date(Date.parse(ukIsoWeekStartUtc(new Date(Date.now() + weeks * 7 * 86_400_000))) + 2.4 * 86_400_000).toISOString();
  const [nextWeek, weekAfter] = [wednesdayIn(1), wednesdayIn(2)];
  for (const [i, at] of [nextWeek, weekAfter, weekAfter, weekAfter].entries()) {
    const person = await smallBoatPerson(api, boat.id, arrivedAt, `Capped${i}`, 'Person');
    await scheduleAndRemove(api, await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED'), at, false);
  }

  await page.goto(app.url);
  await page.getByRole('link', { name: 'Returns', exact: true }).click();
  const notice = page.getByTestId('weeks-at-cap');
  await expect(notice.getByRole('listitem')).toHaveText([`${ukWeekName(weekAfter)}: 3 removals scheduled, 1 over the cap`]);
  await expect(notice).toContainText('Weeks to come already at or over the weekly cap of 2 (a warning only):');
  await screenshot(page, 'returns-page-weeks-at-cap');
  // Raised by a supervisor, the cap no longer holds that week back.
  await page.getByLabel('Weekly cap', { exact: true }).fill('3');
  await page.getByRole('button', { name: 'Change the cap' }).click();
  await expect(notice.getByRole('listitem')).toHaveText([`${ukWeekName(weekAfter)}: 3 removals scheduled, full`]);
  await page.getByLabel('Weekly cap', { exact: true }).fill('4');
  await page.getByRole('button', { name: 'Change the cap' }).click();
  await expect(notice).toHaveCount(0);
});

test("a supervisor records the pilot's renewal: officers stop being warned until the new end, and are warned again after it", async ({ page, app, api }) => {
  const person = await smallBoatPerson(api, (await landBoat(api, daysAgo(1))).id, daysAgo(1), 'Tesfaldet', 'Robel');
  // The test runs after 11 June 2026, the pilot's stated end: warned on the person's returns case too.
  await page.goto(`${app.url}#/returns/case/${person.id}`);
  await expect(page.getByTestId('pilot-end-notice')).toContainText('The pilot was agreed to run until 11 Jun 2026 unless renewed.');
  await expect(page.getByRole('button', { name: 'Open a returns case' })).toBeEnabled();

  await page.goto(`${app.url}#/returns`);
  const lastDay = page.getByLabel('Last day of the pilot');
  const field = page.locator('.field', { has: lastDay });
  await expect(lastDay).toHaveValue('2026-06-11');
  await lastDay.fill('2024-06-11');
  await page.getByRole('button', { name: 'Record the end date' }).click();
  await expect(field.getByRole('alert')).toHaveText('The pilot came into force in August 2025: enter a later day');
  expect((await api('returns.pilotPeriod', {})).recorded).toBe(false);

  const renewedUntil = new Date(Date.now() + 200 * 86_400_000).toISOString().slice(0, 10);
  await lastDay.fill(renewedUntil);
  await page.getByRole('button', { name: 'Record the end date' }).click();
  await expect(page.getByTestId('pilot-end-notice')).toHaveCount(0);
  await expect(page.getByTestId('pilot-runs-until')).toHaveText(/^The pilot runs until \d{1,2} [A-Z][a-z]{2} \d{4}, as a supervisor recorded\.$/);
  await screenshot(page, 'pilot-renewed');
  await page.goto(`${app.url}#/returns/case/${person.id}`);
  await expect(page.getByRole('button', { name: 'Open a returns case' })).toBeVisible();
  await expect(page.getByTestId('pilot-end-notice')).toHaveCount(0);

  // Recorded as ended yesterday: everyone is warned again.
  await api('returns.setPilotEnd', { runsUntil: new Date(Date.now() - 2 * 86_400_000).toISOString().slice(0, 10) });
  await page.goto(`${app.url}#/returns`);
  await expect(page.getByTestId('pilot-end-notice')).toContainText(/^The pilot ran until .+, as a supervisor recorded\. Before opening a case, check that it has been renewed again\.$/);
});
