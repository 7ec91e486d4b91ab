import { expect, test } from '../support/app-fixture';
import type { Locator, Page } from '@playwright/test';
import { CONDITION_LABELS } from '../../../shared/domain/returns/eligibility-conditions';
import { franceAnswerDue, processLimit, referralDue, referralTarget } from '../../../shared/domain/returns/deadlines';
import { ukIsoWeek, ukWeekName } from '../../../shared/domain/returns/weekly-cap';
import { formatUkDateTime, utcIsoToUkLocalInput } from '../../../shared/domain/time';
import type { BrowserModeApp } from '../support/browser-mode';
import { daysAgo, landBoat, scheduleAndRemove, smallBoatPerson, walkCase } from '../support/returns';
import { screenshot } from '../support/screens';

// Synthetic people only. Arrival times are set from the real clock, as the pilot's rules are.
test.use({ viewport: { width: 1280, height: 900 } });

const panelOf = (page: Page) => page.getByRole('region', { name: 'Returns pilot' });
const stateOf = (page: Page) => panelOf(page).getByTestId('case-state');
const deadline = (page: Page, name: RegExp | string) => panelOf(page).getByRole('table', { name: 'Deadlines' }).getByRole('row', { name });

/** Chooses a step among the legal ones, fills its details, and confirms it. */
async function takeStep(page: Page, step: string, fill?: (form: Locator) => Promise<unknown>) {
  await panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: step, exact: true }).click();
  const form = panelOf(page).getByRole('form', { name: step });
  await fill?.(form);
  await form.getByRole('button', { name: 'Confirm' }).click();
}

async function openCasePage(page: Page, app: BrowserModeApp, arrivalId: string, name: string) {
  await page.goto(`${app.url}#/returns/case/${arrivalId}`);
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
}

test('one person is walked from arrival to removal, every deadline on screen in UK time', async ({ page, app, api }) => {
  test.setTimeout(90_000);
  // Landed 13 days ago: the 14-day limit for the readmission request ends tomorrow, so it is due soon.
  const arrivedAt = daysAgo(13);
  const boat = await landBoat(api, arrivedAt);
  const person = await smallBoatPerson(api, boat.id, arrivedAt, 'Rahimi', 'Jawad');
  await openCasePage(page, app, person.id, 'Rahimi, Jawad');

  await panelOf(page).getByRole('button', { name: 'Open a returns case' }).click();
  await expect(panelOf(page)).toContainText(`${person.reference}-R`);
  await expect(stateOf(page)).toHaveText('Arrived');
  // Opening the case is the first line of its history: who opened it, and when.
  const opened = await api('returns.get', { arrivalId: person.id });
  const openedRow = panelOf(page).getByRole('table', { name: 'Case history' }).getByRole('row').nth(1);
  await expect(openedRow.getByRole('cell')).toHaveText([formatUkDateTime(opened.case!.createdAt), 'Demo Supervisor', 'Case opened: Arrived', '—']);
  await expect(deadline(page, /Readmission request to France/)).toContainText(formatUkDateTime(referralDue(arrivedAt)));
  await expect(deadline(page, /Readmission request to France/)).toContainText('Due soon');
  await expect(deadline(page, /Removal limit/)).toContainText(formatUkDateTime(processLimit(arrivedAt)));
  await expect(deadline(page, /Removal limit/)).toContainText('On time');

  await takeStep(page, 'Record screening');
  await expect(stateOf(page)).toHaveText('Screened');

  // The checklist: the four conditions the record cannot settle, recorded as met.
  for (const c of ['ENTERED_DIRECTLY_FROM_FRANCE', 'NO_PROTECTION_CLAIM', 'NO_HUMAN_RIGHTS_BAR', 'NOT_A_THREAT'] as const) {
    await panelOf(page).getByRole('group', { name: CONDITION_LABELS[c] }).getByLabel('Status').selectOption('met');
  }
  // "Not met" without a note is refused beside the note.
  const threat = panelOf(page).getByRole('group', { name: CONDITION_LABELS.NOT_A_THREAT });
  await threat.getByLabel('Status').selectOption('not_met');
  await panelOf(page).getByRole('button', { name: 'Save the eligibility check' }).click();
  await expect(threat.getByRole('alert')).toHaveText('Say why this condition is not met');
  await expect(threat.getByLabel('Note')).toBeFocused();
  await threat.getByLabel('Status').selectOption('met');
  await screenshot(page, 'returns-panel-checklist');
  await panelOf(page).getByRole('button', { name: 'Save the eligibility check' }).click();
  await expect(stateOf(page)).toHaveText('Eligibility checked');
  await expect(panelOf(page).getByTestId('eligibility-result')).toContainText('Eligible for return');

  await takeStep(page, 'Record detention');
  await expect(stateOf(page)).toHaveText('Detained');
  await expect(deadline(page, /Readmission request target/)).toContainText(formatUkDateTime(referralTarget(new Date())));

  await takeStep(page, 'Record notice served');
  await takeStep(page, 'Send the readmission request to France');
  await expect(stateOf(page)).toHaveText('Referred to France');
  await expect(deadline(page, /France's answer \(14 days/)).toContainText(formatUkDateTime(franceAnswerDue(new Date(), false)));
  await expect(deadline(page, /Readmission request to France/)).toHaveCount(0);

  await takeStep(page, "Mark France's answer as exceptional (28 days)");
  await expect(deadline(page, /France's answer \(28 days, exceptional\)/)).toContainText(formatUkDateTime(franceAnswerDue(new Date(), true)));

  await takeStep(page, 'Record acceptance by France');
  await takeStep(page, 'Record the inadmissibility decision');
  await expect(stateOf(page)).toHaveText('Inadmissibility decided');

  // A removal after the 3-month limit is refused, in the machine's words, beside the removal time.
  const tooLate = new Date(Date.parse(processLimit(arrivedAt)) + 2 * 86_400_000).toISOString();
  await takeStep(page, 'Schedule the removal', (form) => form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(tooLate)));
  const removalField = panelOf(page).locator('.field', { has: page.getByLabel('Removal date and time (UK)') });
  await expect(removalField.getByRole('alert')).toContainText('cannot move to "Removal scheduled": the removal');
  await expect(removalField.getByRole('alert')).toContainText(`would fall after the 3-month limit (${formatUkDateTime(processLimit(arrivedAt))})`);
  await expect(stateOf(page)).toHaveText('Inadmissibility decided');

  const removalAt = new Date(Math.ceil((Date.now() + 86_400_000) / 60_000) * 60_000).toISOString();
  await panelOf(page).getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(removalAt));
  await panelOf(page).getByRole('button', { name: 'Confirm' }).click();
  await expect(stateOf(page)).toHaveText('Removal scheduled');
  await expect(panelOf(page)).toContainText(`Removal scheduled for${formatUkDateTime(removalAt)}`);

  await takeStep(page, 'Confirm the removal');
  await expect(stateOf(page)).toHaveText('Removed to France');
  await expect(panelOf(page)).toContainText('No deadlines are running: the case is closed.');
  await expect(panelOf(page).getByRole('group', { name: 'Next steps' })).toHaveCount(0);
  const history = panelOf(page).getByRole('table', { name: 'Case history' });
  await expect(history.getByRole('row')).toHaveCount(12); // the header, the opening and ten moves
  await expect(history.getByRole('row').last()).toContainText('Demo Supervisor');
  await expect(history.getByRole('row').last()).toContainText('Confirm the removal: Removal scheduled → Removed to France');
  await screenshot(page, 'returns-panel-removed');
});

test('a detained person is paused by a modern-slavery referral and taken back to detention', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(2);
  const boat = await landBoat(api, arrivedAt);
  const person = await smallBoatPerson(api, boat.id, arrivedAt, 'Tekle', 'Amanuel');
  await walkCase(api, person.id, 'DETAINED');
  await openCasePage(page, app, person.id, 'Tekle, Amanuel');
  await expect(stateOf(page)).toHaveText('Detained');

  const reasonField = panelOf(page).locator('.field', { has: page.getByLabel('Reason (required)') });
  await takeStep(page, 'Record a barrier (pauses the case)', (form) => form.getByLabel('Barrier').selectOption({ label: 'Modern-slavery (NRM) referral' }));
  await expect(reasonField.getByRole('alert')).toHaveText('A reason is required to move a case to "Paused by a barrier"');
  await expect(stateOf(page)).toHaveText('Detained');
  await panelOf(page).getByLabel('Reason (required)').fill('NRM referral made by the first responder (synthetic)');
  await panelOf(page).getByRole('button', { name: 'Confirm' }).click();
  await expect(stateOf(page)).toHaveText('Paused by a barrier');
  await expect(panelOf(page)).toContainText('Paused by Modern-slavery (NRM) referral');
  const steps = panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button');
  await expect(steps).toHaveText(['Release to the asylum route', 'Record a barrier (pauses the case)', 'Lift a barrier']);
  // The clocks keep running while paused.
  await expect(deadline(page, /Readmission request to France/)).toBeVisible();
  await screenshot(page, 'returns-panel-paused');

  await takeStep(page, 'Lift a barrier', async (form) => {
    await form.getByLabel('Barrier').selectOption({ label: 'Modern-slavery (NRM) referral' });
    await form.getByLabel(/^Reason/).fill('Negative reasonable-grounds decision (synthetic)');
  });
  await expect(stateOf(page)).toHaveText('Detained');
  const history = panelOf(page).getByRole('table', { name: 'Case history' });
  await expect(history.getByRole('row', { name: /Detained → Paused by a barrier/ })).toContainText('NRM referral made by the first responder (synthetic)');
  await expect(history.getByRole('row', { name: /Paused by a barrier → Detained/ })).toContainText('Negative reasonable-grounds decision (synthetic)');
});

test('the 51st removal scheduled into one UK week succeeds with a warning', async ({ page, app, api }) => {
  test.setTimeout(180_000);
  const arrivedAt = daysAgo(2);
  const boat = await landBoat(api, arrivedAt);
  // An hour from now, to the minute: inside this UK week unless this runs in the last hour of a Sunday.
  const removalAt = new Date(Math.ceil((Date.now() + 3_600_000) / 60_000) * 60_000).toISOString();
  for (let i = 1; i <= 50; i++) {
    const person = await smallBoatPerson(api, boat.id, arrivedAt, `Synthetic${i}`, 'Person');
    const view = await scheduleAndRemove(api, await walkCase(api, person.id, 'INADMISSIBILITY_DECIDED'), removalAt, false);
    expect(view.warning).toBeNull();
  }
  const last = await smallBoatPerson(api, boat.id, arrivedAt, 'Haidari', 'Naveed');
  await walkCase(api, last.id, 'INADMISSIBILITY_DECIDED');
  await openCasePage(page, app, last.id, 'Haidari, Naveed');

  await takeStep(page, 'Schedule the removal', async (form) => {
    await form.getByLabel('Removal date and time (UK)').fill(utcIsoToUkLocalInput(removalAt));
    // The week's count is shown while the time is chosen, before anything is recorded.
    await expect(form.getByTestId('week-cap-hint')).toHaveText(
      `${ukWeekName(removalAt)}: 50 of 50 removals already scheduled or done. The week is full: you can still schedule this one, and it will be shown over the cap.`,
    );
  });
  await expect(stateOf(page)).toHaveText('Removal scheduled');
  await expect(panelOf(page).getByTestId('weekly-cap-warning')).toHaveText(
    `${ukWeekName(removalAt)} has 51 removals, 1 over the weekly cap of 50. The cap is a warning only: removals can still be scheduled.`,
  );
  await screenshot(page, 'returns-panel-cap-warning');

  if (ukIsoWeek(removalAt) === ukIsoWeek(new Date())) {
    await page.getByRole('link', { name: 'Returns', exact: true }).click();
    await expect(page.getByTestId('weekly-cap-count')).toHaveText('51 of 50');
    await expect(page.getByRole('region', { name: 'Removals this week' })).toContainText('1 over the weekly cap of 50');
  }
});

test('an illegal move is refused with a clear message, over HTTP and on a screen gone stale', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(1);
  const boat = await landBoat(api, arrivedAt);
  const person = await smallBoatPerson(api, boat.id, arrivedAt, 'Yousef', 'Omar');
  const opened = await api('returns.open', { arrivalId: person.id });
  await expect(api('returns.applyEvent', { id: opened.case!.id, version: 1, event: { type: 'CONFIRM_REMOVAL' } })).rejects.toThrow(
    JSON.stringify({ code: 'CONFLICT', message: 'A case in "Arrived" cannot move to "Removed to France": screening comes first' }),
  );

  await openCasePage(page, app, person.id, 'Yousef, Omar');
  await expect(stateOf(page)).toHaveText('Arrived');
  // Another officer screens the person while this screen still shows the case as it was.
  await api('returns.applyEvent', { id: opened.case!.id, version: 1, event: { type: 'SCREEN' } });
  await takeStep(page, 'Record screening');
  await expect(panelOf(page).getByRole('alert')).toContainText('Not recorded. This returns case was changed since you opened it.');
  await panelOf(page).getByRole('button', { name: 'Reload' }).click();
  await expect(stateOf(page)).toHaveText('Screened');
  await expect(panelOf(page).getByRole('group', { name: 'Next steps' }).getByRole('button', { name: 'Record screening' })).toHaveCount(0);
});

test('a condition both the record and the officer settle says so in words: who settled each condition', async ({ page, app, api }) => {
  const arrivedAt = daysAgo(2);
  const person = await smallBoatPerson(api, (await landBoat(api, arrivedAt)).id, arrivedAt, 'Haile', 'Dawit');
  let view = await api('returns.open', { arrivalId: person.id });
  view = await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event: { type: 'SCREEN' }, reason: null });
  // The officer records the nationality condition too, which the person's record also settles.
  view = await api('returns.recordEligibility', {
    id: view.case!.id, version: view.case!.version,
    conditions: {
      THIRD_COUNTRY_NATIONAL: { status: 'met' }, ENTERED_DIRECTLY_FROM_FRANCE: { status: 'met' }, NO_PROTECTION_CLAIM: { status: 'met' },
      NO_HUMAN_RIGHTS_BAR: { status: 'met' }, NOT_A_THREAT: { status: 'met' },
    },
  });
  // Once detained, the case shows the conditions as assessed, each with what settled it.
  await api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event: { type: 'DETAIN' }, reason: null });
  await openCasePage(page, app, person.id, 'Haile, Dawit');
  const conditions = panelOf(page).getByRole('table', { name: 'Conditions as assessed' });
  await expect(conditions.getByRole('row', { name: new RegExp(CONDITION_LABELS.THIRD_COUNTRY_NATIONAL.replace(/[()]/g, '\\$&')) })).toContainText(
    "The person's record and the officer's recording",
  );
  await expect(conditions.getByRole('row', { name: new RegExp(CONDITION_LABELS.ENTERED_DIRECTLY_FROM_FRANCE) })).toContainText("The officer's recording");
});
