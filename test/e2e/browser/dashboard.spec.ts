import { expect, test, type Page } from '@playwright/test';
import type { Output } from '../../../shared/api';
import { startBrowserMode, type BrowserModeApp } from '../support/browser-mode';
import { apiClient, type Api } from '../support/api';
import { screenshot } from '../support/screens';

const SEEDED_PEOPLE = 3000;

/** The names officers should read for the nationalities the seed uses (written out, not looked up the app's way). */
const SEEDED_NATIONALITIES: Record<string, string> = {
  ERI: 'Eritrea', AFG: 'Afghanistan', SDN: 'Sudan', VNM: 'Vietnam', IRN: 'Islamic Republic of Iran', SYR: 'Syrian Arab Republic', IRQ: 'Iraq',
  ALB: 'Albania', ETH: 'Ethiopia', EGY: 'Egypt', XXA: 'Stateless person (ICAO XXA)', KWT: 'Kuwait', TUR: 'Türkiye',
};

let app: BrowserModeApp;
let api: Api;
test.beforeAll(async () => {
  app = await startBrowserMode({ seedPeople: SEEDED_PEOPLE });
  api = await apiClient(app.url);
});
test.afterAll(async () => {
  await app.cleanup();
});

/** UK calendar days worked out here, not by the app: the test's clock is New York time. */
function ukDay(daysFromToday = 0): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/London' }).format(new Date(Date.now() + daysFromToday * 86_400_000));
}

const n = (value: number) => value.toLocaleString('en-GB');
const figure = (page: Page, label: string) => page.getByRole('region', { name: label, exact: true }).locator('.stat__value');

type DayFigures = Output<'dashboard.summary'>['perDay'][number];

/** Every figure on the screen against the engine's own answer for the same days. */
async function expectFigures(page: Page, s: Output<'dashboard.summary'>) {
  await expect(page.locator('.dashboard__figures')).toHaveAttribute('aria-busy', 'false');
  await expect(figure(page, 'Boats')).toHaveText(n(s.boats));
  await expect(figure(page, 'People recorded')).toHaveText(n(s.people));
  await expect(figure(page, 'People per boat')).toHaveText(s.peoplePerBoat === null ? '—' : n(s.peoplePerBoat));
  for (const [label, value] of [
    ['Deaths', s.deaths], ['Missing', s.missing], ['Injured', s.injured], ['Vessels seized', s.vesselsSeized], ['Engines seized', s.enginesSeized],
    ['Adult men', s.sexAge.adultMen], ['Adult women', s.sexAge.adultWomen], ['Children', s.sexAge.children], ['Other or not recorded', s.sexAge.other],
  ] as const) {
    await expect(figure(page, label), label).toHaveText(n(value));
  }
  const nationalityRegion = page.getByRole('region', { name: 'Nationality, top 10' });
  const nationalities = nationalityRegion.getByRole('row');
  // Early in a UK day the seeded people may all be in earlier days: the table then says so.
  if (s.nationalities.length === 0) await expect(nationalityRegion).toContainText('Nobody recorded in this period.');
  await expect(nationalities).toHaveCount(s.nationalities.length === 0 ? 0 : s.nationalities.length + 1);
  for (const [i, { code, count }] of s.nationalities.entries()) {
    await expect(nationalities.nth(i + 1).getByRole('rowheader')).toHaveText(SEEDED_NATIONALITIES[code] ?? `unexpected code ${code}`);
    await expect(nationalities.nth(i + 1).getByRole('cell').first()).toHaveText(n(count));
  }
  // The charts' numbers, read from the tables that screen readers get; a period with none says so instead.
  for (const [title, value] of [['People recorded per day', (d: DayFigures) => d.people], ['Boats per day', (d: DayFigures) => d.boats]] as const) {
    if (s.perDay.every((d) => value(d) === 0)) await expect(page.getByRole('figure', { name: title })).toContainText('No data yet for this period.');
    else await expect(page.getByRole('table', { name: title }).getByRole('cell')).toHaveText(s.perDay.map((d) => n(value(d))));
  }
}

test('the dashboard shows, for each period, the figures the engine computes for those UK days', async ({ page }) => {
  await page.goto(`${app.url}#/dashboard`);
  await expect(page.getByRole('radio', { name: 'Last 7 days' })).toBeChecked();
  await expectFigures(page, await api('dashboard.summary', { from: ukDay(-6), to: ukDay(0) }));
  await expect(page.locator('.chart__bar').first()).toBeVisible();

  await page.getByRole('radio', { name: 'Today' }).check();
  await expect(page.getByText(/^Showing \w{3} \d+ \w{3} \d{4} \(UK days\)$/)).toBeVisible();
  await expectFigures(page, await api('dashboard.summary', { from: ukDay(), to: ukDay() }));

  // A night shift crosses midnight: its boats are on two UK days.
  await page.getByRole('radio', { name: 'Since yesterday' }).check();
  await expectFigures(page, await api('dashboard.summary', { from: ukDay(-1), to: ukDay() }));

  // Early on the 1st of a month, or on a Monday, the seeded boats may all be before the period: its chart then says so.
  await page.getByRole('radio', { name: 'This month' }).check();
  const month = await api('dashboard.summary', { from: `${ukDay().slice(0, 8)}01`, to: ukDay() });
  await expect(figure(page, 'People recorded')).toHaveText(n(month.people));
  if (month.people > 0) {
    await expect(page.getByRole('table', { name: 'People recorded per day' }).getByRole('row')).toHaveCount(
      new Date(Date.UTC(Number(ukDay().slice(0, 4)), Number(ukDay().slice(5, 7)), 0)).getUTCDate() + 1,
    );
  }

  await page.getByRole('radio', { name: 'This week' }).check();
  const daysSinceMonday = (new Date(`${ukDay()}T12:00:00Z`).getUTCDay() + 6) % 7;
  const thisWeek = await api('dashboard.summary', { from: ukDay(-daysSinceMonday), to: ukDay() });
  await expect(figure(page, 'People recorded')).toHaveText(n(thisWeek.people));
  if (thisWeek.people > 0) {
    const week = page.getByRole('table', { name: 'People recorded per day' }).getByRole('rowheader');
    await expect(week).toHaveCount(7);
    await expect(week.first()).toHaveText(/^Monday /);
    await expect(week.last()).toHaveText(/^Sunday /);
  }
});

test('over custom dates covering all the seeded boats, every seeded person and boat is counted', async ({ page }) => {
  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('radio', { name: 'Custom dates' }).check();
  await page.getByLabel('From', { exact: true }).fill(ukDay(-60));
  await page.getByLabel('To', { exact: true }).fill(ukDay());
  await page.getByRole('button', { name: 'Show' }).click();

  const summary = await api('dashboard.summary', { from: ukDay(-60), to: ukDay() });
  await expectFigures(page, summary);
  // Independent of the dashboard's own SQL: the seed's size and the list of interceptions.
  expect(summary.people).toBe(SEEDED_PEOPLE);
  await expect(figure(page, 'People recorded')).toHaveText(n(SEEDED_PEOPLE));
  const boats = await api('interceptions.list', { limit: 500 });
  expect(boats.next).toBeNull();
  await expect(figure(page, 'Boats')).toHaveText(n(boats.items.length));
  await expect(page.getByRole('region', { name: 'People recorded' })).toContainText(`${n(boats.items.reduce((sum, b) => sum + (b.peopleAboard ?? 0), 0))} counted aboard`);
});

test('custom dates the wrong way round are explained beside the end date', async ({ page }) => {
  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('radio', { name: 'Custom dates' }).check();
  await page.getByLabel('From', { exact: true }).fill(ukDay());
  await page.getByLabel('To', { exact: true }).fill(ukDay(-3));
  await page.getByRole('button', { name: 'Show' }).click();
  const to = page.locator('.field', { has: page.getByLabel('To', { exact: true }) });
  await expect(to.getByRole('alert')).toHaveText('The end date is before the start date');
  await expect(page.getByLabel('To', { exact: true })).toHaveAttribute('aria-invalid', 'true');
});

test('a year of days is labelled with its months, no two labels touching; more than ten years is refused beside the start date', async ({ page }) => {
  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('radio', { name: 'Custom dates' }).check();
  await page.getByLabel('From', { exact: true }).fill(ukDay(-364));
  await page.getByLabel('To', { exact: true }).fill(ukDay());
  await page.getByRole('button', { name: 'Show' }).click();
  const labels = page.getByRole('figure', { name: 'People recorded per day' }).locator('.chart__label');
  await expect(labels.first()).toHaveText(/^\d{1,2} [A-Z][a-z]{2}( \d{4})?$/); // "4 Aug", not "4"
  const boxes = await labels.evaluateAll((texts) => texts.map((t) => t.getBoundingClientRect()).map((r) => ({ left: r.left, right: r.right })));
  expect(boxes.length).toBeGreaterThan(4);
  for (let i = 1; i < boxes.length; i++) expect(boxes[i]!.left).toBeGreaterThan(boxes[i - 1]!.right);

  await page.getByLabel('From', { exact: true }).fill('2000-01-01');
  await page.getByLabel('To', { exact: true }).fill('9999-12-31');
  await page.getByRole('button', { name: 'Show' }).click();
  const from = page.locator('.field', { has: page.getByLabel('From', { exact: true }) });
  await expect(from.getByRole('alert')).toHaveText('Choose at most 3,660 days (ten years)');
});

test('a period with nothing recorded says so instead of drawing flat 0–1 axes', async ({ page }) => {
  await page.goto(`${app.url}#/dashboard`);
  await page.getByRole('radio', { name: 'Custom dates' }).check();
  await page.getByLabel('From', { exact: true }).fill(ukDay(-400));
  await page.getByLabel('To', { exact: true }).fill(ukDay(-390));
  await page.getByRole('button', { name: 'Show' }).click();
  await expect(figure(page, 'People recorded')).toHaveText('0');
  for (const title of ['People recorded per day', 'Boats per day']) {
    await expect(page.getByRole('figure', { name: title })).toContainText('No data yet for this period.');
  }
  await expect(page.locator('.chart__svg')).toHaveCount(0);
  await screenshot(page, 'dashboard-empty-period');
});
