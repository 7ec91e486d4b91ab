import { expect, test } from '../support/app-fixture';
import type { Page } from '@playwright/test';
import { ukIsoWeek, ukWeekName } from '../../../shared/domain/returns/weekly-cap';
import { franceAnswerDue } from '../../../shared/domain/returns/deadlines';
import { formatUkDateTime, utcIsoToUkLocalInput } from '../../../shared/domain/time';
import type { BrowserModeApp } from '../support/browser-mode';
import { daysAgo, landBoat, scheduleAndRemove, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const HOUR = 3_600_000;
/** `hours` from now, to the minute, as the form's time field holds it. */
const fromNow = (hours: number) => new Date(Math.ceil((Date.now() + hours * HOUR) / 60_000) * 60_000).toISOString();

async function openStep(page: Page, app: BrowserModeApp, arrivalId: string, step: string) {
  await page.goto(`${app.url}#/returns/case/${arrivalId}`);
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step, exact: true }).click();
  return panelOf(page).getByRole('form', { name: step });
}

test('rescheduling a removal: the week count leaves out the case being rescheduled', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const boat = await landBoat(api, arrivedAt);
  // An hour and two hours from now: the same UK week unless this runs in the last hours of a Sunday.
  const [first, second] = [fromNow(1), fromNow(2)];
  const other = await smallBoatPerson(api, boat.id, arrivedAt, 'Haidari', 'Farid');
  await scheduleAndRemove(api, await walkCase(api, other.id, 'INADMISSIBILITY_DECIDED'), first, false);
  const person = await smallBoatPerson(api, boat.id, arrivedAt, 'Rahimi', 'Jawad');
  await scheduleAndRemove(api, await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED'), first, false);

  const form = await openStep(page, app, person.id, 'Reschedule the removal');
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(second));
  // Two removals are scheduled that week, one of them this person's: moving it is not one more.
  const expected = ukIsoWeek(first) === ukIsoWeek(second) ? 1 : 0;
  await expect(form.getByTestId('week-cap-hint')).toHaveText(`${ukWeekName(second)}: ${expected} of 50 removals already scheduled or done.`);
  await screenshot(page, 'returns-reschedule-week-count');
});

test('a removal time before the person arrived is said beside the field while it is picked, with the arrival time', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Yousef', 'Omar');
  await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED');

  const form = await openStep(page, app, person.id, 'Schedule the removal');
  const field = form.locator('.field', { has: page.getByLabel('Removal date and time (UK)') });
  await expect(field).toContainText(`After the arrival (${formatUkDateTime(arrivedAt)})`);
  const tooEarly = new Date(Date.parse(arrivedAt) - 2 * 86_400_000);
  tooEarly.setUTCSeconds(0, 0);
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(tooEarly.toISOString()));
  // Nothing confirmed yet: the field says it already.
  await expect(field.getByRole('alert')).toHaveText(
    `The removal (${formatUkDateTime(tooEarly.toISOString())}) would be before the person arrived (${formatUkDateTime(arrivedAt)}).`,
  );
  await screenshot(page, 'returns-schedule-before-arrival');
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(fromNow(24)));
  await expect(field.getByRole('alert')).toHaveCount(0);
});

test('steps recorded late keep the time they happened: the history shows it and France\'s deadline runs from it', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Tesfay', 'Abel');
  await walkCase(api, person.id, 'ELIGIBILITY_CHECKED');
  const minute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();
  const [detainedAt, sentAt] = [minute(daysAgo(2)), minute(daysAgo(1))];

  let form = await openStep(page, app, person.id, 'Record detention');
  const when = form.getByLabel('When it happened (UK, optional)');
  const field = form.locator('.field', { has: page.getByLabel('When it happened (UK, optional)') });
  await when.fill(utcIsoToUkLocalInput(minute(fromNow(2))));
  await expect(field.getByRole('alert')).toContainText('is in the future');
  await when.fill(utcIsoToUkLocalInput(detainedAt));
  await expect(field.getByRole('alert')).toHaveCount(0);
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(panelOf(page)).toContainText('Detained');

  form = await openStep(page, app, person.id, 'Record notice served');
  await form.getByRole('button', { name: 'Confirm' }).click();
  form = await openStep(page, app, person.id, 'Send the readmission request to France');
  await form.getByLabel('When it happened (UK, optional)').fill(utcIsoToUkLocalInput(sentAt));
  await form.getByRole('button', { name: 'Confirm' }).click();

  const panel = panelOf(page);
  await expect(panel).toContainText('Referred to France');
  await expect(panel).toContainText(`happened ${formatUkDateTime(detainedAt)}`);
  await expect(panel).toContainText(`happened ${formatUkDateTime(sentAt)}`);
  await expect(panel).toContainText(formatUkDateTime(franceAnswerDue(sentAt, false)));
  await screenshot(page, 'returns-steps-recorded-late');
});

test('a removal time already past is warned about beside the field, and can still be scheduled', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Kahsay', 'Filmon');
  await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED');

  const form = await openStep(page, app, person.id, 'Schedule the removal');
  const field = form.locator('.field', { has: page.getByLabel('Removal date and time (UK)') });
  const yesterday = fromNow(-24);
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(yesterday));
  await expect(field.getByRole('status')).toHaveText(
    `${formatUkDateTime(yesterday)} has already passed. Check the date; if the removal has already happened, schedule it and then confirm it with the time it happened.`,
  );
  await expect(field.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'returns-schedule-in-the-past');
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(fromNow(24)));
  await expect(field.getByRole('status')).toHaveCount(0);
  // A warning, not a refusal: the past time is scheduled when confirmed.
  await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(yesterday));
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(panelOf(page)).toContainText(`Removal scheduled for${formatUkDateTime(yesterday)}`);
});
