import { describe, expect, it } from 'vitest';
import { allowedEvents, applyCaseEvent, CASE_TRANSITIONS, expireIfOverdue, SYSTEM_ACTOR } from '../../../shared/domain/returns/case-machine';
import {
  CASE_STATE_LABELS,
  CaseEvent,
  CaseHistoryEntry,
  isTerminalState,
  newReturnCase,
  RETURN_CASE_STATES,
  ReturnCase,
  type ReturnCaseState,
} from '../../../shared/domain/returns/case-states';

// Synthetic case: arrived 05:00 BST on 1 Sep 2025. Referral due end of 15 Sep (BST); 3-month limit end of 1 Dec (GMT).
const ARRIVED_AT = '2025-09-01T04:00:00.000Z';
const LIMIT = '2025-12-01T23:59:59.999Z';
const OFFICER = 'officer-BF1234';
const caseIn = (state: ReturnCaseState, fields: Record<string, unknown> = {}) => ReturnCase.parse({ arrivedAt: ARRIVED_AT, state, ...fields });

function apply(c: ReturnCase, event: CaseEvent, now: string, reason?: string) {
  return applyCaseEvent(c, event, { now, actor: OFFICER, reason });
}

/** Applies steps that must all succeed. */
function run(c: ReturnCase, steps: [CaseEvent, string, string?][]): ReturnCase {
  return steps.reduce((current, [event, now, reason]) => {
    const outcome = apply(current, event, now, reason);
    if (!outcome.ok) throw new Error(outcome.message);
    return outcome.case;
  }, c);
}

const toDetained = (c = newReturnCase(ARRIVED_AT)) =>
  run(c, [
    [{ type: 'SCREEN' }, '2025-09-01T10:00:00.000Z'],
    [{ type: 'CHECK_ELIGIBILITY', result: 'eligible' }, '2025-09-02T09:00:00.000Z'],
    [{ type: 'DETAIN' }, '2025-09-02T12:00:00.000Z'],
  ]);

describe('the main road to removal', () => {
  it('goes ARRIVED → … → REMOVED, recording who, when, why, from and to for every step', () => {
    const removed = run(toDetained(), [
      [{ type: 'SERVE_NOTICE' }, '2025-09-03T09:00:00.000Z'],
      [{ type: 'REFER_TO_FRANCE' }, '2025-09-04T10:00:00.000Z'],
      [{ type: 'RECORD_FRANCE_ACCEPTANCE' }, '2025-09-10T10:00:00.000Z'],
      [{ type: 'DECIDE_INADMISSIBILITY' }, '2025-09-12T10:00:00.000Z'],
      [{ type: 'SCHEDULE_REMOVAL', removalAt: '2025-09-18T08:00:00.000Z' }, '2025-09-12T11:00:00.000Z'],
      [{ type: 'CONFIRM_REMOVAL' }, '2025-09-18T09:00:00.000Z'],
    ]);
    expect(removed.state).toBe('REMOVED');
    expect(removed.history.map((h) => h.to)).toEqual([
      'SCREENED', 'ELIGIBILITY_CHECKED', 'DETAINED', 'NOTICE_SERVED', 'REFERRED_TO_FRANCE',
      'FRANCE_ACCEPTED', 'INADMISSIBILITY_DECIDED', 'REMOVAL_SCHEDULED', 'REMOVED',
    ]);
    expect(removed.history[2]).toEqual({ at: '2025-09-02T12:00:00.000Z', actor: OFFICER, event: { type: 'DETAIN' }, from: 'ELIGIBILITY_CHECKED', to: 'DETAINED', reason: null });
    expect(removed).toMatchObject({
      eligibility: 'eligible',
      detainedAt: '2025-09-02T12:00:00.000Z',
      referralSentAt: '2025-09-04T10:00:00.000Z',
      removalScheduledFor: '2025-09-18T08:00:00.000Z',
      removedAt: '2025-09-18T09:00:00.000Z',
    });
    expect(ReturnCase.parse(removed)).toEqual(removed);
  });

  it('returns the history entry on its own and never changes the case passed in', () => {
    const before = Object.freeze(newReturnCase(ARRIVED_AT));
    const outcome = apply(before, { type: 'SCREEN' }, '2025-09-01T06:00:00+01:00');
    expect(outcome.ok).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.entry).toEqual(outcome.case.history[0]);
    expect(CaseHistoryEntry.parse(outcome.entry)).toEqual(outcome.entry);
    expect(outcome.entry.at).toBe('2025-09-01T05:00:00.000Z');
    expect(before.state).toBe('ARRIVED');
    expect(before.history).toEqual([]);
  });
});

describe('refusals an officer can read', () => {
  it('says which step comes first', () => {
    const outcome = apply(caseIn('SCREENED'), { type: 'CONFIRM_REMOVAL' }, '2025-09-02T10:00:00.000Z');
    expect(outcome).toEqual({ ok: false, kind: 'NOT_FROM_THIS_STATE', message: 'A case in "Screened" cannot move to "Removed to France": the eligibility check comes first' });
    expect(apply(caseIn('ARRIVED'), { type: 'DETAIN' }, '2025-09-02T10:00:00.000Z')).toMatchObject({ message: 'A case in "Arrived" cannot move to "Detained": screening comes first' });
    expect(apply(caseIn('DETAINED'), { type: 'REFER_TO_FRANCE' }, '2025-09-02T10:00:00.000Z')).toMatchObject({ message: 'A case in "Detained" cannot move to "Referred to France": the notice must be served first' });
  });

  it('says when a step has already been passed, or the case is closed', () => {
    expect(apply(caseIn('DETAINED'), { type: 'SCREEN' }, '2025-09-03T10:00:00.000Z')).toMatchObject({ message: 'A case in "Detained" cannot move to "Screened": the case is past that stage' });
    expect(apply(caseIn('REMOVED'), { type: 'SERVE_NOTICE' }, '2025-09-20T10:00:00.000Z')).toMatchObject({ message: 'A case in "Removed to France" cannot move to "Notice served": the case is closed' });
  });

  it('allows only release (or a barrier, or expiry) after France refuses or does not answer', () => {
    for (const state of ['FRANCE_REFUSED', 'NO_RESPONSE'] as const) {
      const c = caseIn(state, { referralSentAt: '2025-09-04T10:00:00.000Z' });
      expect(apply(c, { type: 'DECIDE_INADMISSIBILITY' }, '2025-09-25T10:00:00.000Z')).toMatchObject({ ok: false, message: expect.stringMatching(/France has not accepted the person/) });
      expect(allowedEvents(c, '2025-09-25T10:00:00.000Z')).toEqual(['RELEASE_TO_ASYLUM', 'RAISE_BARRIER']);
    }
  });

  it('refuses release before detention, pointing to "not eligible" instead', () => {
    expect(apply(caseIn('SCREENED'), { type: 'RELEASE_TO_ASYLUM' }, '2025-09-02T10:00:00.000Z', 'x')).toMatchObject({ message: expect.stringMatching(/mark it not eligible/) });
  });

  it('refuses unknown events, bad details and a missing actor', () => {
    const c = caseIn('ARRIVED');
    expect(apply(c, { type: 'FLY' } as unknown as CaseEvent, '2025-09-02T10:00:00.000Z')).toMatchObject({ ok: false, kind: 'INVALID' });
    expect(apply(caseIn('INADMISSIBILITY_DECIDED'), { type: 'SCHEDULE_REMOVAL', removalAt: 'next Tuesday' }, '2025-09-12T10:00:00.000Z')).toMatchObject({ ok: false, kind: 'INVALID' });
    expect(applyCaseEvent(c, { type: 'SCREEN' }, { now: '2025-09-02T10:00:00.000Z', actor: '  ' })).toEqual({ ok: false, kind: 'INVALID', message: 'Record who made the change' });
  });
});

describe('reasons', () => {
  const checked = caseIn('ELIGIBILITY_CHECKED', { eligibility: 'ineligible' });

  it('are required to move a case to "Not eligible (standard asylum route)", PAUSED or RELEASED_TO_ASYLUM', () => {
    const now = '2025-09-03T10:00:00.000Z';
    expect(apply(checked, { type: 'MARK_INELIGIBLE' }, now)).toEqual({ ok: false, kind: 'REASON_REQUIRED', message: 'A reason is required to move a case to "Not eligible (standard asylum route)"' });
    expect(apply(checked, { type: 'MARK_INELIGIBLE' }, now, '   ')).toMatchObject({ kind: 'REASON_REQUIRED' });
    expect(apply(caseIn('DETAINED'), { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, now)).toMatchObject({ message: 'A reason is required to move a case to "Paused by a barrier"' });
    expect(apply(caseIn('DETAINED'), { type: 'RELEASE_TO_ASYLUM' }, now)).toMatchObject({ message: 'A reason is required to move a case to "Released to the asylum route"' });
    // Lifting one of two barriers leaves the case paused: the message says what the reason is for.
    const twice = caseIn('PAUSED', { pausedFrom: 'DETAINED', activeBarriers: ['MODERN_SLAVERY_REFERRAL', 'HUMAN_RIGHTS_CLAIM'] });
    expect(apply(twice, { type: 'LIFT_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, now)).toEqual({
      ok: false, kind: 'REASON_REQUIRED', message: 'A reason is required to lift a barrier while another still holds the case (Human-rights claim)',
    });
  });

  it('are recorded, trimmed, in the history entry', () => {
    const outcome = apply(checked, { type: 'MARK_INELIGIBLE' }, '2025-09-03T10:00:00.000Z', '  EU national (synthetic)  ');
    expect(outcome).toMatchObject({ ok: true, case: { state: 'INELIGIBLE' }, entry: { reason: 'EU national (synthetic)', from: 'ELIGIBILITY_CHECKED', to: 'INELIGIBLE' } });
  });
});

describe('guards', () => {
  it('detains only after an eligible result; an undetermined check can be re-run', () => {
    const undetermined = caseIn('ELIGIBILITY_CHECKED', { eligibility: 'undetermined' });
    expect(apply(undetermined, { type: 'DETAIN' }, '2025-09-03T10:00:00.000Z')).toMatchObject({
      ok: false, kind: 'BLOCKED', message: 'A case in "Eligibility checked" cannot move to "Detained": the eligibility check must find the person eligible first (it found undetermined)',
    });
    const rechecked = run(undetermined, [[{ type: 'CHECK_ELIGIBILITY', result: 'eligible' }, '2025-09-04T10:00:00.000Z'], [{ type: 'DETAIN' }, '2025-09-04T11:00:00.000Z']]);
    expect(rechecked.state).toBe('DETAINED');
  });

  it('sends the readmission request on day 14 but not on day 15', () => {
    const served = caseIn('NOTICE_SERVED', { eligibility: 'eligible', detainedAt: '2025-09-02T12:00:00.000Z' });
    expect(apply(served, { type: 'REFER_TO_FRANCE' }, '2025-09-15T22:59:00.000Z').ok).toBe(true); // 23:59 BST, 15 Sep
    expect(apply(served, { type: 'REFER_TO_FRANCE' }, '2025-09-15T23:00:00.000Z')).toMatchObject({
      ok: false,
      message: 'A case in "Notice served" cannot move to "Referred to France": the 14-day limit for the readmission request ended 15 Sep 2025, 23:59 (if it was sent in time, give the time it was sent)',
    });
  });

  it('takes a step recorded late at the time it happened, and judges the 14 days by that time', () => {
    const served = caseIn('NOTICE_SERVED', { eligibility: 'eligible', detainedAt: '2025-09-02T12:00:00.000Z' });
    // Sent on day 14 (23:30 BST), recorded the next morning after a night offline.
    const late = apply(served, { type: 'REFER_TO_FRANCE', occurredAt: '2025-09-15T22:30:00.000Z' }, '2025-09-16T07:00:00.000Z');
    expect(late).toMatchObject({ ok: true, case: { state: 'REFERRED_TO_FRANCE', referralSentAt: '2025-09-15T22:30:00.000Z' }, entry: { at: '2025-09-16T07:00:00.000Z' } });
    expect(apply(served, { type: 'REFER_TO_FRANCE', occurredAt: '2025-09-15T23:30:00.000Z' }, '2025-09-16T07:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringMatching(/14-day limit for the readmission request ended 15 Sep 2025, 23:59$/),
    });
    expect(apply(served, { type: 'REFER_TO_FRANCE', occurredAt: '2025-09-16T09:00:00.000Z' }, '2025-09-16T07:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringMatching(/the time it happened \(16 Sep 2025, 10:00\) is in the future/),
    });
    expect(apply(served, { type: 'REFER_TO_FRANCE', occurredAt: '2025-09-02T11:00:00.000Z' }, '2025-09-03T07:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringMatching(/is before the person was detained \(2 Sep 2025, 13:00\)/),
    });
  });

  it('records a removal done by the 3-month limit after the limit, with its time, even once the case has expired', () => {
    // ARRIVED_AT 1 Sep 2025: the limit ends 1 Dec 2025, 23:59 UK time.
    const scheduled = caseIn('REMOVAL_SCHEDULED', { removalScheduledFor: '2025-12-01T08:00:00.000Z', referralSentAt: '2025-09-04T10:00:00.000Z' });
    const nextMorning = '2025-12-02T08:00:00.000Z';
    expect(apply(scheduled, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-12-01T08:30:00.000Z' }, nextMorning)).toMatchObject({ ok: true, case: { state: 'REMOVED', removedAt: '2025-12-01T08:30:00.000Z' } });
    expect(apply(scheduled, { type: 'CONFIRM_REMOVAL' }, nextMorning)).toMatchObject({ ok: false, message: expect.stringMatching(/the 3-month limit ended 1 Dec 2025, 23:59, so the case must expire/) });

    const expired = expireIfOverdue(scheduled, nextMorning);
    expect(expired.state).toBe('EXPIRED');
    expect(allowedEvents(expired, nextMorning)).toEqual(['CONFIRM_REMOVAL']);
    expect(apply(expired, { type: 'CONFIRM_REMOVAL' }, nextMorning)).toMatchObject({ ok: false, message: expect.stringMatching(/give the time the removal happened/) });
    expect(apply(expired, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-12-02T07:00:00.000Z' }, nextMorning)).toMatchObject({ ok: false });
    expect(apply(expired, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-12-01T08:30:00.000Z' }, nextMorning)).toMatchObject({
      ok: true, case: { state: 'REMOVED', removedAt: '2025-12-01T08:30:00.000Z' }, entry: { from: 'EXPIRED', to: 'REMOVED' },
    });
    // An expired case that never had a removal scheduled stays closed.
    expect(allowedEvents(caseIn('EXPIRED'), nextMorning)).toEqual([]);
  });

  it('keeps the detention and removal times an officer gives: the 3-day target runs from the detention', () => {
    const eligible = caseIn('ELIGIBILITY_CHECKED', { eligibility: 'eligible' });
    const detained = apply(eligible, { type: 'DETAIN', occurredAt: '2025-09-02T03:00:00.000Z' }, '2025-09-02T09:00:00.000Z');
    expect(detained).toMatchObject({ ok: true, case: { detainedAt: '2025-09-02T03:00:00.000Z' } });
    expect(apply(eligible, { type: 'DETAIN', occurredAt: '2025-08-01T03:00:00.000Z' }, '2025-09-02T09:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringMatching(/is before the person arrived/),
    });
    const scheduled = caseIn('REMOVAL_SCHEDULED', { removalScheduledFor: '2025-09-20T08:00:00.000Z', referralSentAt: '2025-09-04T10:00:00.000Z' });
    expect(apply(scheduled, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-09-20T08:15:00.000Z' }, '2025-09-21T10:00:00.000Z')).toMatchObject({
      ok: true, case: { state: 'REMOVED', removedAt: '2025-09-20T08:15:00.000Z' },
    });
    expect(apply(scheduled, { type: 'CONFIRM_REMOVAL' }, '2025-09-21T10:00:00.000Z')).toMatchObject({ ok: true, case: { removedAt: '2025-09-21T10:00:00.000Z' } });
  });

  it("never takes a step's time before the latest step already recorded as happened, naming it with its UK time", () => {
    const referred = run(toDetained(), [
      [{ type: 'SERVE_NOTICE' }, '2025-09-02T13:00:00.000Z'],
      [{ type: 'REFER_TO_FRANCE' }, '2025-09-03T09:00:00.000Z'],
    ]);
    // France's acceptance and the inadmissibility decision may be given the time they happened, after a night offline.
    const accepted = apply(referred, { type: 'RECORD_FRANCE_ACCEPTANCE', occurredAt: '2025-09-05T21:00:00.000Z' }, '2025-09-06T08:00:00.000Z');
    expect(accepted).toMatchObject({ ok: true, entry: { at: '2025-09-06T08:00:00.000Z', event: { occurredAt: '2025-09-05T21:00:00.000Z' } } });
    const acceptedCase = (accepted as { case: ReturnCase }).case;
    expect(apply(acceptedCase, { type: 'DECIDE_INADMISSIBILITY', occurredAt: '2025-09-05T20:00:00.000Z' }, '2025-09-06T08:05:00.000Z')).toMatchObject({
      ok: false, message: expect.stringContaining('is before France accepted the person (5 Sep 2025, 22:00)'),
    });
    const scheduled = run(acceptedCase, [
      [{ type: 'DECIDE_INADMISSIBILITY', occurredAt: '2025-09-06T07:30:00.000Z' }, '2025-09-06T08:05:00.000Z'],
      [{ type: 'SCHEDULE_REMOVAL', removalAt: '2025-09-10T08:00:00.000Z' }, '2025-09-06T09:00:00.000Z'],
    ]);
    // The removal cannot have happened before the decision it rests on, recorded earlier.
    expect(apply(scheduled, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-09-06T07:00:00.000Z' }, '2025-09-10T10:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringContaining('is before the inadmissibility decision was made (6 Sep 2025, 08:30)'),
    });
    // A step recorded without a time of happening counts from when it was recorded.
    const untimed = run(referred, [[{ type: 'RECORD_FRANCE_ACCEPTANCE' }, '2025-09-05T12:00:00.000Z']]);
    expect(apply(untimed, { type: 'DECIDE_INADMISSIBILITY', occurredAt: '2025-09-05T11:00:00.000Z' }, '2025-09-05T13:00:00.000Z')).toMatchObject({
      ok: false, message: expect.stringContaining('is before France accepted the person (5 Sep 2025, 13:00)'),
    });
  });

  it("records no answer only after France's 14 days, or 28 once marked exceptional", () => {
    const referred = caseIn('REFERRED_TO_FRANCE', { referralSentAt: '2025-09-04T10:00:00.000Z' });
    expect(apply(referred, { type: 'RECORD_NO_RESPONSE' }, '2025-09-18T20:00:00.000Z')).toMatchObject({ message: expect.stringMatching(/France has until 18 Sep 2025, 23:59 to answer/) });
    expect(apply(referred, { type: 'RECORD_NO_RESPONSE' }, '2025-09-18T23:00:00.000Z')).toMatchObject({ ok: true, case: { state: 'NO_RESPONSE' } });
    const exceptional = run(referred, [[{ type: 'MARK_EXCEPTIONAL' }, '2025-09-10T10:00:00.000Z']]);
    expect(exceptional).toMatchObject({ state: 'REFERRED_TO_FRANCE', franceAnswerExceptional: true });
    expect(apply(exceptional, { type: 'RECORD_NO_RESPONSE' }, '2025-09-20T10:00:00.000Z').ok).toBe(false);
    expect(apply(exceptional, { type: 'RECORD_NO_RESPONSE' }, '2025-10-02T23:00:00.000Z').ok).toBe(true);
    expect(apply(exceptional, { type: 'MARK_EXCEPTIONAL' }, '2025-09-11T10:00:00.000Z')).toMatchObject({
      message: `"Mark France's answer as exceptional (28 days)" is not possible for a case in "Referred to France": it is already marked exceptional`,
    });
  });

  it('schedules (and reschedules) removal only after the arrival and up to the 3-month limit', () => {
    const decided = caseIn('INADMISSIBILITY_DECIDED');
    expect(apply(decided, { type: 'SCHEDULE_REMOVAL', removalAt: '2025-12-02T10:00:00.000Z' }, '2025-11-20T10:00:00.000Z')).toMatchObject({
      ok: false, message: 'A case in "Inadmissibility decided" cannot move to "Removal scheduled": the removal (2 Dec 2025, 10:00) would fall after the 3-month limit (1 Dec 2025, 23:59)',
    });
    const scheduled = run(decided, [[{ type: 'SCHEDULE_REMOVAL', removalAt: '2025-11-25T08:00:00.000Z' }, '2025-11-20T10:00:00.000Z']]);
    const moved = run(scheduled, [[{ type: 'SCHEDULE_REMOVAL', removalAt: LIMIT }, '2025-11-21T10:00:00.000Z']]);
    expect(moved).toMatchObject({ state: 'REMOVAL_SCHEDULED', removalScheduledFor: LIMIT });
    // A removal recorded late may be in the past, but not before the person arrived (1 Sep 2025, 05:00 BST).
    expect(apply(scheduled, { type: 'SCHEDULE_REMOVAL', removalAt: '2025-08-30T08:00:00.000Z' }, '2025-11-21T10:00:00.000Z')).toMatchObject({
      ok: false, message: '"Reschedule the removal" is not possible for a case in "Removal scheduled": the removal (30 Aug 2025, 09:00) would be before the person arrived (1 Sep 2025, 05:00)',
    });
    expect(run(scheduled, [[{ type: 'SCHEDULE_REMOVAL', removalAt: '2025-11-10T08:00:00.000Z' }, '2025-11-21T10:00:00.000Z']])).toMatchObject({ removalScheduledFor: '2025-11-10T08:00:00.000Z' });
  });
});

describe('an eligibility check recorded late, with the time it was made', () => {
  // Entered from paper notes on day 20: screened now, the check made on day 2.
  const DAY_20 = '2025-09-21T09:00:00.000Z';
  const DAY_2 = '2025-09-03T09:00:00.000Z';
  const screened = () => run(newReturnCase(ARRIVED_AT), [[{ type: 'SCREEN' }, DAY_20]]);

  it('keeps the time given on the event, beside the time of recording, and is judged at it against the 3-month limit', () => {
    const checked = apply(screened(), { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: DAY_2 }, DAY_20);
    expect(checked).toMatchObject({ ok: true, case: { state: 'ELIGIBILITY_CHECKED', eligibility: 'eligible' }, entry: { at: DAY_20, event: { occurredAt: DAY_2 } } });
  });

  it('refuses a time in the future or before the arrival, in words an officer can read', () => {
    expect(apply(screened(), { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: '2025-09-21T10:00:00.000Z' }, DAY_20)).toMatchObject({
      ok: false, kind: 'BLOCKED', message: 'A case in "Screened" cannot move to "Eligibility checked": the time it was assessed (21 Sep 2025, 11:00) is in the future',
    });
    expect(apply(screened(), { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: '2025-09-01T03:00:00.000Z' }, DAY_20)).toMatchObject({
      ok: false, message: expect.stringContaining('the time it was assessed (1 Sep 2025, 04:00) is before the person arrived (1 Sep 2025, 05:00)'),
    });
    // The few minutes a laptop clock may run behind are allowed, as for every given time.
    expect(apply(screened(), { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: '2025-09-21T09:04:00.000Z' }, DAY_20).ok).toBe(true);
  });

  it('bounds a detention given a time only when the check was given one: one recorded without a time bounds nothing, as before', () => {
    const timed = run(screened(), [[{ type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: DAY_2 }, DAY_20]]);
    expect(apply(timed, { type: 'DETAIN', occurredAt: '2025-09-03T08:00:00.000Z' }, DAY_20)).toMatchObject({
      ok: false, message: expect.stringContaining('the time it happened (3 Sep 2025, 09:00) is before the eligibility check was made (3 Sep 2025, 10:00)'),
    });
    expect(apply(timed, { type: 'DETAIN', occurredAt: '2025-09-03T13:00:00.000Z' }, DAY_20).ok).toBe(true);
    const untimed = run(screened(), [[{ type: 'CHECK_ELIGIBILITY', result: 'eligible' }, DAY_20]]);
    expect(apply(untimed, { type: 'DETAIN', occurredAt: '2025-09-03T08:00:00.000Z' }, DAY_20).ok).toBe(true);
  });

  it('a check again may correct the time of the one before it: only the last check bounds a detention', () => {
    const first = run(screened(), [[{ type: 'CHECK_ELIGIBILITY', result: 'undetermined', occurredAt: '2025-09-04T09:00:00.000Z' }, DAY_20]]);
    const corrected = apply(first, { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: DAY_2 }, '2025-09-21T09:30:00.000Z');
    expect(corrected).toMatchObject({ ok: true, case: { eligibility: 'eligible' } });
    const correctedCase = (corrected as { case: ReturnCase }).case;
    expect(apply(correctedCase, { type: 'DETAIN', occurredAt: '2025-09-03T13:00:00.000Z' }, '2025-09-21T09:40:00.000Z').ok).toBe(true);
  });

  it('says what time is wanted when the one given is unreadable', () => {
    const parsed = CaseEvent.safeParse({ type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: 'Tuesday' });
    expect(parsed.success ? null : parsed.error.issues[0]!.message).toBe('Enter the date and time it was assessed');
  });
});

describe('barriers', () => {
  const now = '2025-09-05T10:00:00.000Z';
  const reason = 'Synthetic: claim lodged';
  const OPEN_STATES = RETURN_CASE_STATES.filter((s) => !isTerminalState(s) && s !== 'PAUSED');

  it.each(OPEN_STATES)('pause a case in %s and remember where it was', (state) => {
    const outcome = apply(caseIn(state), { type: 'RAISE_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, now, reason);
    expect(outcome).toMatchObject({ ok: true, case: { state: 'PAUSED', pausedFrom: state, activeBarriers: ['MODERN_SLAVERY_REFERRAL'] } });
  });

  it.each(['INELIGIBLE', 'REMOVED', 'RELEASED_TO_ASYLUM', 'EXPIRED'] as const)('do not reopen a closed case (%s)', (state) => {
    expect(apply(caseIn(state), { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, now, reason)).toMatchObject({
      ok: false, message: `A case in "${CASE_STATE_LABELS[state]}" cannot move to "Paused by a barrier": the case is closed`,
    });
  });

  it('stack up, and the case resumes where it was when the last one is lifted', () => {
    const paused = run(toDetained(), [
      [{ type: 'RAISE_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, '2025-09-03T10:00:00.000Z', 'NRM referral made'],
      [{ type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, '2025-09-03T11:00:00.000Z', 'Article 8 claim'],
    ]);
    expect(paused).toMatchObject({ state: 'PAUSED', pausedFrom: 'DETAINED', activeBarriers: ['MODERN_SLAVERY_REFERRAL', 'HUMAN_RIGHTS_CLAIM'] });
    expect(apply(paused, { type: 'SERVE_NOTICE' }, now)).toMatchObject({
      message: 'A case in "Paused by a barrier" cannot move to "Notice served": it is paused by Modern-slavery (NRM) referral, Human-rights claim; lift every barrier first',
    });
    expect(apply(paused, { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, now, reason)).toMatchObject({ ok: false, message: expect.stringMatching(/Human-rights claim is already active/) });
    const oneLeft = run(paused, [[{ type: 'LIFT_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, now, 'Negative reasonable grounds']]);
    expect(oneLeft).toMatchObject({ state: 'PAUSED', pausedFrom: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] });
    const resumed = run(oneLeft, [[{ type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, now, 'Claim certified clearly unfounded']]);
    expect(resumed).toMatchObject({ state: 'DETAINED', pausedFrom: null, activeBarriers: [] });
    expect(resumed.history.slice(-4).map((h) => `${h.from}→${h.to}`)).toEqual(['DETAINED→PAUSED', 'PAUSED→PAUSED', 'PAUSED→PAUSED', 'PAUSED→DETAINED']);
  });

  it('lifting the last barrier can release the person to the asylum route instead', () => {
    const paused = caseIn('PAUSED', { pausedFrom: 'REFERRED_TO_FRANCE', activeBarriers: ['JUDICIAL_REVIEW_OR_INJUNCTION'] });
    expect(apply(paused, { type: 'LIFT_BARRIER', barrier: 'JUDICIAL_REVIEW_OR_INJUNCTION', release: true }, now, 'JR granted')).toMatchObject({
      ok: true, case: { state: 'RELEASED_TO_ASYLUM', pausedFrom: null, activeBarriers: [] },
    });
  });

  it('refuses release-on-lift while other barriers remain, but allows release directly', () => {
    const paused = caseIn('PAUSED', { pausedFrom: 'DETAINED', activeBarriers: ['MODERN_SLAVERY_REFERRAL', 'HUMAN_RIGHTS_CLAIM'] });
    expect(apply(paused, { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: true }, now, reason)).toMatchObject({
      ok: false, message: expect.stringMatching(/Modern-slavery \(NRM\) referral would still be active/),
    });
    expect(apply(paused, { type: 'RELEASE_TO_ASYLUM' }, now, 'Conclusive grounds: victim')).toMatchObject({ ok: true, case: { state: 'RELEASED_TO_ASYLUM', activeBarriers: [] } });
  });

  it('cannot lift a barrier that is not active', () => {
    const paused = caseIn('PAUSED', { pausedFrom: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] });
    expect(apply(paused, { type: 'LIFT_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, now, reason)).toMatchObject({ message: expect.stringMatching(/is not an active barrier/) });
    expect(apply(caseIn('DETAINED'), { type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' }, now, reason)).toMatchObject({
      message: '"Lift a barrier" is not possible for a case in "Detained": it has no active barrier',
    });
  });
});

describe('expiry after 3 months', () => {
  it('leaves a case alone up to the last millisecond of the limit', () => {
    const c = caseIn('DETAINED');
    expect(expireIfOverdue(c, LIMIT)).toBe(c);
  });

  it('forces EXPIRED the moment after, recorded as the system with the reason', () => {
    const expired = expireIfOverdue(caseIn('DETAINED'), '2025-12-02T00:00:00.000Z');
    expect(expired.state).toBe('EXPIRED');
    expect(expired.history.at(-1)).toMatchObject({ actor: SYSTEM_ACTOR, from: 'DETAINED', to: 'EXPIRED', reason: 'The 3-month limit ended 1 Dec 2025, 23:59', event: { type: 'EXPIRE' } });
  });

  it('expires a paused case too, clearing its barriers', () => {
    const paused = caseIn('PAUSED', { pausedFrom: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] });
    expect(expireIfOverdue(paused, '2025-12-05T10:00:00.000Z')).toMatchObject({ state: 'EXPIRED', pausedFrom: null, activeBarriers: [] });
  });

  it('never touches a closed case', () => {
    const removed = caseIn('REMOVED');
    expect(expireIfOverdue(removed, '2026-06-01T10:00:00.000Z')).toBe(removed);
  });

  it('refuses every other event on an overdue case, and offers only EXPIRE', () => {
    const c = caseIn('REMOVAL_SCHEDULED', { removalScheduledFor: '2025-12-01T08:00:00.000Z' });
    expect(apply(c, { type: 'CONFIRM_REMOVAL' }, '2025-12-02T09:00:00.000Z')).toMatchObject({
      ok: false, message: 'A case in "Removal scheduled" cannot move to "Removed to France": the 3-month limit ended 1 Dec 2025, 23:59, so the case must expire',
    });
    expect(allowedEvents(c, '2025-12-02T09:00:00.000Z')).toEqual(['EXPIRE']);
    expect(apply(c, { type: 'EXPIRE' }, '2025-11-20T09:00:00.000Z')).toMatchObject({ ok: false, message: expect.stringMatching(/the 3-month limit runs until 1 Dec 2025, 23:59/) });
  });
});

describe('allowedEvents', () => {
  const now = '2025-09-05T10:00:00.000Z';

  it('shows only the legal buttons for each state', () => {
    expect(allowedEvents(caseIn('ARRIVED'), now)).toEqual(['SCREEN', 'RAISE_BARRIER']);
    expect(allowedEvents(caseIn('ELIGIBILITY_CHECKED', { eligibility: 'eligible' }), now)).toEqual(['CHECK_ELIGIBILITY', 'MARK_INELIGIBLE', 'DETAIN', 'RAISE_BARRIER']);
    expect(allowedEvents(caseIn('ELIGIBILITY_CHECKED', { eligibility: 'undetermined' }), now)).toEqual(['CHECK_ELIGIBILITY', 'MARK_INELIGIBLE', 'RAISE_BARRIER']);
    expect(allowedEvents(caseIn('PAUSED', { pausedFrom: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] }), now)).toEqual(['RELEASE_TO_ASYLUM', 'RAISE_BARRIER', 'LIFT_BARRIER']);
    for (const closed of ['INELIGIBLE', 'REMOVED', 'RELEASED_TO_ASYLUM', 'EXPIRED'] as const) expect(allowedEvents(caseIn(closed), now)).toEqual([]);
  });

  it('hides steps that cannot happen yet, but still offers a request whose time may be given late', () => {
    const served = caseIn('NOTICE_SERVED');
    expect(allowedEvents(served, '2025-09-15T22:00:00.000Z')).toContain('REFER_TO_FRANCE');
    // Past day 14 it is still offered: one sent in time may be recorded now, with its time.
    expect(allowedEvents(served, '2025-09-16T08:00:00.000Z')).toContain('REFER_TO_FRANCE');
    const referred = caseIn('REFERRED_TO_FRANCE', { referralSentAt: '2025-09-04T10:00:00.000Z' });
    expect(allowedEvents(referred, now)).not.toContain('RECORD_NO_RESPONSE');
    expect(allowedEvents(referred, '2025-09-19T10:00:00.000Z')).toContain('RECORD_NO_RESPONSE');
  });

  it('agrees with applyCaseEvent: every event offered in every state is accepted', () => {
    const details: Record<string, Partial<CaseEvent>> = {
      CHECK_ELIGIBILITY: { result: 'eligible' },
      SCHEDULE_REMOVAL: { removalAt: '2025-09-20T08:00:00.000Z' },
      REFER_TO_FRANCE: { occurredAt: '2025-09-05T10:00:00.000Z' }, // within its 14 days, recorded late
      RAISE_BARRIER: { barrier: 'JUDICIAL_REVIEW_OR_INJUNCTION' },
      LIFT_BARRIER: { barrier: 'HUMAN_RIGHTS_CLAIM' },
    };
    for (const state of RETURN_CASE_STATES) {
      const c = state === 'PAUSED' ? caseIn(state, { pausedFrom: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] }) : caseIn(state, { eligibility: 'eligible', referralSentAt: '2025-09-04T10:00:00.000Z' });
      for (const type of allowedEvents(c, '2025-09-19T10:00:00.000Z')) {
        const outcome = apply(c, { type, ...details[type] } as CaseEvent, '2025-09-19T10:00:00.000Z', 'Synthetic reason');
        expect(outcome.ok, `${state} + ${type}`).toBe(true);
      }
    }
  });

  it('every transition in the table names real states', () => {
    for (const t of CASE_TRANSITIONS) for (const s of [...t.from, t.to]) expect(RETURN_CASE_STATES).toContain(s);
  });
});

describe('schemas for the API boundary', () => {
  it('reject a paused case without a barrier, and barriers on a case that is not paused', () => {
    expect(ReturnCase.safeParse({ arrivedAt: ARRIVED_AT, state: 'PAUSED', pausedFrom: 'DETAINED' }).success).toBe(false);
    expect(ReturnCase.safeParse({ arrivedAt: ARRIVED_AT, state: 'DETAINED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] }).success).toBe(false);
    expect(ReturnCase.safeParse({ arrivedAt: ARRIVED_AT, state: 'PAUSED', pausedFrom: 'REMOVED', activeBarriers: ['HUMAN_RIGHTS_CLAIM'] }).success).toBe(false);
    expect(ReturnCase.safeParse({ arrivedAt: 'yesterday', state: 'ARRIVED' }).success).toBe(false);
  });

  it('say what time is wanted when one is blank or unreadable', () => {
    const messageOf = (event: unknown) => {
      const parsed = CaseEvent.safeParse(event);
      return parsed.success ? null : parsed.error.issues[0]!.message;
    };
    expect(messageOf({ type: 'SCHEDULE_REMOVAL' })).toBe('Enter the date and time of the removal');
    expect(messageOf({ type: 'SCHEDULE_REMOVAL', removalAt: '31/02/2026' })).toBe('Enter the date and time of the removal');
    expect(messageOf({ type: 'DETAIN', occurredAt: 'last night' })).toBe('Enter the date and time it happened');
  });

  it('parse events, defaulting release to false on LIFT_BARRIER', () => {
    expect(CaseEvent.parse({ type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' })).toEqual({ type: 'LIFT_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM', release: false });
    expect(CaseEvent.safeParse({ type: 'RAISE_BARRIER', barrier: 'ILLNESS' }).success).toBe(false);
    expect(CaseEvent.safeParse({ type: 'SCREEN', extra: 1 }).success).toBe(false);
  });
});
