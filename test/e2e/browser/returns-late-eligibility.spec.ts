import type { Locator, Page } from '@playwright/test';
import { CONDITION_LABELS } from '../../../shared/domain/returns/eligibility-conditions';
import { referralDue } from '../../../shared/domain/returns/deadlines';
import { formatUkDateTime, utcIsoToUkLocalInput } from '../../../shared/domain/time';
import { expect, test } from '../support/app-fixture';
import { daysAgo, landBoat, smallBoatPerson } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const stateOf = (page: Page) => panelOf(page).getByTestId('case-state');
const minute = (iso: string) => new Date(Math.floor(Date.parse(iso) / 60_000) * 60_000).toISOString();
const ASSESSED = 'When was it assessed? (UK, optional)';
const WHEN = 'When it happened (UK, optional)';

async function takeStep(page: Page, step: string, fill?: (form: Locator) => Promise<unknown>) {
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step, exact: true }).click();
  const form = panelOf(page).getByRole('form', { name: step });
  await fill?.(form);
  await form.getByRole('button', { name: 'Confirm' }).click();
}

test('a case entered from paper notes 20 days after the arrival is checked as at the time of the check, and walked on to the request', async ({ page, app, api }) => {
  test.setTimeout(90_000);
  // Landed 20 days ago; the check was made on day 2, detention the same day, the request sent on day 5.
  const arrivedAt = minute(daysAgo(20));
  const assessedAt = minute(daysAgo(18));
  const detainedAt = minute(daysAgo(18, -3));
  const sentAt = minute(daysAgo(15));
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Haile', 'Kidane');
  // Another officer opened and screened the case this morning, from the same notes.
  const opened = await api('returns.open', { arrivalId: person.id });
  await api('returns.applyEvent', { id: opened.case!.id, version: opened.case!.version, event: { type: 'SCREEN' }, reason: 'Screened at Manston (paper notes)' });

  await page.goto(`${app.url}#/returns/case/${person.id}`);
  await expect(stateOf(page)).toHaveText('Screened');
  const checklist = panelOf(page).getByRole('form', { name: 'Eligibility checklist' });
  for (const c of ['ENTERED_DIRECTLY_FROM_FRANCE', 'NO_PROTECTION_CLAIM', 'NO_HUMAN_RIGHTS_BAR', 'NOT_A_THREAT'] as const) {
    await checklist.getByRole('group', { name: CONDITION_LABELS[c] }).getByLabel('Status').selectOption('met');
  }
  const when = checklist.getByLabel(ASSESSED);
  const field = checklist.locator('.field', { has: page.getByLabel(ASSESSED) });
  const due = formatUkDateTime(referralDue(arrivedAt));

  // Left empty, the check is made now: past the 14 days, it says so before anything is saved.
  await expect(when).toHaveValue('');
  await expect(field.getByRole('status')).toHaveText(
    `The 14-day limit for the readmission request ended ${due}. If the check was made by then, give the time it was made; otherwise the request will be found out of time.`,
  );

  // A time in the future is refused beside the field, and Save saves nothing.
  const future = minute(new Date(Date.now() + 2 * 86_400_000).toISOString());
  await when.fill(utcIsoToUkLocalInput(future));
  await expect(field.getByRole('alert')).toHaveText(`The time it was assessed (${formatUkDateTime(future)}) is in the future.`);
  await checklist.getByRole('button', { name: 'Save the eligibility check' }).click();
  await expect(when).toBeFocused();
  await expect(field.getByRole('alert')).toHaveText(`The time it was assessed (${formatUkDateTime(future)}) is in the future.`);

  // One before the person arrived is refused as it is typed, and by the engine when saved: still screened.
  const beforeArrival = minute(new Date(Date.parse(arrivedAt) - 3_600_000).toISOString());
  await when.fill(utcIsoToUkLocalInput(beforeArrival));
  const early = `The time it was assessed (${formatUkDateTime(beforeArrival)}) is before the person arrived (${formatUkDateTime(arrivedAt)}).`;
  await expect(field.getByRole('alert')).toHaveText(early);
  await screenshot(page, 'returns-late-check-before-arrival');
  await checklist.getByRole('button', { name: 'Save the eligibility check' }).click();
  await expect(field.getByRole('alert')).toHaveText(early);
  await expect(stateOf(page)).toHaveText('Screened');
  expect((await api('returns.get', { arrivalId: person.id })).case!.eligibilityAssessment).toBeNull();

  // The time from the notes: day 2, within the 14 days. No error, no warning.
  await when.fill(utcIsoToUkLocalInput(assessedAt));
  await expect(field.getByRole('alert')).toHaveCount(0);
  await expect(field.getByRole('status')).toHaveCount(0);
  await screenshot(page, 'returns-late-check-given-time');
  await checklist.getByRole('button', { name: 'Save the eligibility check' }).click();
  await expect(stateOf(page)).toHaveText('Eligibility checked');

  const result = panelOf(page).getByTestId('eligibility-result');
  await expect(result).toContainText('Eligible for return');
  const saved = (await api('returns.get', { arrivalId: person.id })).case!.eligibilityAssessment!;
  expect(saved).toMatchObject({ assessedAt, assessedBy: 'Demo Supervisor', result: 'eligible' });
  await expect(result.getByTestId('eligibility-assessed')).toHaveText(
    `assessed ${formatUkDateTime(assessedAt)}; recorded later by Demo Supervisor, ${formatUkDateTime(saved.recordedAt)}`,
  );
  const history = panelOf(page).getByRole('table', { name: 'Case history' });
  const checkRow = history.getByRole('row', { name: /Record the eligibility check/ });
  await expect(checkRow).toContainText(`Eligible for return, assessed ${formatUkDateTime(assessedAt)}`);
  await expect(checkRow.getByRole('cell').first()).toHaveText(formatUkDateTime(saved.recordedAt));

  // The rest of the notes, each with its time: detention on day 2, the request on day 5.
  await takeStep(page, 'Record detention', (form) => form.getByLabel(WHEN).fill(utcIsoToUkLocalInput(detainedAt)));
  await expect(stateOf(page)).toHaveText('Detained');
  await takeStep(page, 'Record notice served');
  await takeStep(page, 'Send the readmission request to France', (form) => form.getByLabel(WHEN).fill(utcIsoToUkLocalInput(sentAt)));
  await expect(stateOf(page)).toHaveText('Referred to France');
  await expect(panelOf(page)).toContainText(`Readmission request sent${formatUkDateTime(sentAt)}`);
  const referralRow = result.getByRole('table', { name: 'Conditions as assessed' }).getByRole('row', { name: CONDITION_LABELS.REFERRAL_IN_TIME });
  await expect(referralRow.getByRole('cell').first()).toHaveText('Met');
  await screenshot(page, 'returns-late-case-referred');

  // On paper, the history gives the time the check was made beside the time it was recorded.
  await page.goto(`${app.url}#/print/arrival/${person.id}`);
  const printed = page.locator('.print-table').filter({ hasText: 'Case opened' }).getByRole('row', { name: /Record the eligibility check/ });
  await expect(printed).toContainText(`Eligible for return, assessed ${formatUkDateTime(assessedAt)}`);
  await expect(printed).toContainText(formatUkDateTime(saved.recordedAt));
  await screenshot(page, 'print-returns-late-check');
});
