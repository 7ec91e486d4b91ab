import type { Page } from '@playwright/test';
import type { Input } from '../../../shared/api';
import { CONDITION_LABELS } from '../../../shared/domain/returns/eligibility-conditions';
import { referralDue } from '../../../shared/domain/returns/deadlines';
import { formatUkDateTime, utcIsoToUkLocalInput } from '../../../shared/domain/time';
import { expect, test } from '../support/app-fixture';
import { daysAgo, landBoat, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const HOUR = 3_600_000;
const minute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();

test('an eligible case whose readmission request is not yet sent says so and by when, on screen and on paper', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(3);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Rahimi', 'Jawad');
  await walkCase(api, person.id, 'DETAINED');
  const unsent = `Not yet sent — due by ${formatUkDateTime(referralDue(arrivedAt))}`;

  await page.goto(`${app.url}#/returns/case/${person.id}`);
  const result = panelOf(page).getByTestId('eligibility-result');
  await expect(result).toContainText('Eligible for return');
  await expect(result.getByTestId('referral-not-sent')).toHaveText(`Readmission request: ${unsent}`);
  // The condition is met (the person is eligible), but the table does not say just "Met".
  const referralRow = result.getByRole('table', { name: 'Conditions as assessed' }).getByRole('row', { name: CONDITION_LABELS.REFERRAL_IN_TIME });
  await expect(referralRow.getByRole('cell').first()).toHaveText(unsent);
  await screenshot(page, 'returns-referral-not-yet-sent');

  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  await expect(page.locator('.print-kv').filter({ hasText: 'Eligibility' })).toContainText(`Readmission request sent${unsent}`);
  await screenshot(page, 'print-returns-referral-not-yet-sent');
});

test('confirming a removal far from its scheduled time warns beside the time, and does not stop it', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(10);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Tesfay', 'Abel');
  // Walked with the steps' own times in the past, so a removal can be given days before now.
  let view = await walkCase(api, person.id, 'ELIGIBILITY_CHECKED');
  const step = async (event: Input<'returns.applyEvent'>['event']) => {
    view = await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event, reason: null });
  };
  const scheduledFor = minute(daysAgo(5));
  await step({ type: 'DETAIN', occurredAt: minute(daysAgo(9)) });
  await step({ type: 'SERVE_NOTICE' });
  await step({ type: 'REFER_TO_FRANCE', occurredAt: minute(daysAgo(8)) });
  // Given their times too: a removal cannot be confirmed as happening before the steps it rests on.
  await step({ type: 'RECORD_FRANCE_ACCEPTANCE', occurredAt: minute(daysAgo(7)) });
  await step({ type: 'DECIDE_INADMISSIBILITY', occurredAt: minute(daysAgo(6)) });
  await step({ type: 'SCHEDULE_REMOVAL', removalAt: scheduledFor });

  await page.goto(`${app.url}#/returns/case/${person.id}`);
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Confirm the removal', exact: true }).click();
  const form = panelOf(page).getByRole('form', { name: 'Confirm the removal' });
  const when = form.getByLabel('When it happened (UK, optional)');
  const field = form.locator('.field', { has: page.getByLabel('When it happened (UK, optional)') });
  const scheduledText = `the time the removal was scheduled for, ${formatUkDateTime(scheduledFor)}`;
  // Left empty it means now, five days after the schedule: said before anything is typed.
  await expect(field.getByRole('status')).toContainText('Left empty, the removal is recorded as happening now');
  await expect(field.getByRole('status')).toContainText(`5 days after ${scheduledText}`);

  await when.fill(utcIsoToUkLocalInput(new Date(Date.parse(scheduledFor) + 2 * HOUR).toISOString()));
  await expect(field.getByRole('status')).toHaveCount(0);

  const threeDaysLate = new Date(Date.parse(scheduledFor) + 72 * HOUR).toISOString();
  await when.fill(utcIsoToUkLocalInput(threeDaysLate));
  await expect(field.getByRole('status')).toHaveText(`This is 3 days after ${scheduledText}. Check the date before confirming.`);
  await expect(field.getByRole('alert')).toHaveCount(0);
  await screenshot(page, 'returns-confirm-removal-timing-warning');

  // Only a warning: the removal is recorded with the time given.
  await form.getByRole('button', { name: 'Confirm' }).click();
  await expect(panelOf(page).getByTestId('case-state')).toHaveText('Removed to France');
  await expect(panelOf(page)).toContainText(formatUkDateTime(threeDaysLate));
});
