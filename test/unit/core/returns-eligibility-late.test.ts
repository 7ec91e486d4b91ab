import { afterEach, describe, expect, it } from 'vitest';
import type { PushChange } from '../../../shared/sync';
import { ReturnsCaseRecord, type ReturnsCaseView } from '../../../shared/domain/returns/returns-case-record';
import { checkChange } from '../../../server/sync/validate-change';
import { sha256Hex } from '../../../server/security/tokens';
import { ALL_MET, applyEvent, callError, callOk, smallBoatArrival } from '../../support/returns-case';
import { TEST_SUPERVISOR } from '../../support/officers';
import { createTempEngineAt, type ClockedTempEngine } from '../../support/temp-engine';

/*
 * A returns case entered late, from paper notes: the eligibility check is recorded with the time
 * it was really made, and the 14-day condition is judged by that time, not by the time of
 * recording. Synthetic person: landed 03:00 BST on 1 Sep 2025; the readmission request is due
 * by 23:59 BST on 15 Sep. The officer catches up on 21 Sep (day 20).
 */
const ARRIVED_AT = '2025-09-01T02:00:00.000Z';
const CATCHING_UP = '2025-09-21T09:00:00.000Z';
const ASSESSED_ON_PAPER = '2025-09-03T09:00:00.000Z'; // 10:00 BST, 3 Sep: day 2
const DETAINED_ON_PAPER = '2025-09-03T13:00:00.000Z';
const SENT_ON_PAPER = '2025-09-06T10:00:00.000Z'; // day 5

let t: ClockedTempEngine;
afterEach(() => t?.cleanup());


const rows = (sql: string, ...params: unknown[]) => t.engine.db.prepare(sql).all(...params) as Record<string, unknown>[];

/** A person whose case is opened and screened only now, on day 20. */
async function screenedLate() {
  const person = await smallBoatArrival(t, ARRIVED_AT);
  const view = await callOk(t, 'returns.open', { arrivalId: person.id });
  return { person, view: await applyEvent(t, view, { type: 'SCREEN' }, 'Screened at Manston (from paper notes)') };
}

const record = (view: ReturnsCaseView, assessedAt?: string) =>
  callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET, ...(assessedAt ? { assessedAt } : {}) });

describe('an eligibility check recorded late, with the time it was made', () => {
  it('judges the 14 days by the time given: made on day 2, the condition is met and the person eligible', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const checked = await record(view, ASSESSED_ON_PAPER);
    expect(checked.case!.eligibility).toBe('eligible');
    expect(checked.case!.eligibilityAssessment).toMatchObject({
      result: 'eligible',
      reasons: [],
      assessedAt: ASSESSED_ON_PAPER,
      recordedAt: CATCHING_UP,
      assessedBy: 'Test Supervisor',
      conditions: { REFERRAL_IN_TIME: { status: 'met', detail: 'Readmission request not yet sent; it must be sent by 15 Sep 2025, 23:59' } },
    });
    // The history keeps both times: when it was recorded (the entry) and when it was made (the event).
    expect(checked.case!.history.at(-1)).toEqual({
      at: CATCHING_UP,
      actor: 'Test Supervisor',
      event: { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: ASSESSED_ON_PAPER },
      from: 'SCREENED',
      to: 'ELIGIBILITY_CHECKED',
      reason: 'Every condition met',
    });
    expect(checked.allowedEvents).toContain('DETAIN');
  });

  it('made on day 16, after the limit, the condition is not met', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const checked = await record(view, '2025-09-16T09:00:00.000Z');
    expect(checked.case!.eligibilityAssessment).toMatchObject({
      result: 'ineligible',
      reasons: ['Out of time: the 14-day limit for the readmission request ended 15 Sep 2025, 23:59'],
      conditions: { REFERRAL_IN_TIME: { status: 'not_met' } },
    });
    expect(checked.allowedEvents).not.toContain('DETAIN');
  });

  it('without a time it is judged now, exactly as before: out of time on day 20, nothing extra stored', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const checked = await record(view);
    const stored = checked.case!.eligibilityAssessment!;
    expect(stored).toMatchObject({ result: 'ineligible', assessedAt: CATCHING_UP, assessedBy: 'Test Supervisor' });
    expect(stored.conditions.REFERRAL_IN_TIME.status).toBe('not_met');
    expect(stored).not.toHaveProperty('recordedAt');
    expect(checked.case!.history.at(-1)!.event).toEqual({ type: 'CHECK_ELIGIBILITY', result: 'ineligible' });
  });

  it('can be checked again with the time it was really made, after a check recorded without one found it out of time', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const outOfTime = await record(view);
    expect(outOfTime.case!.eligibility).toBe('ineligible');
    t.clock.now = new Date('2025-09-21T09:10:00.000Z');
    const rechecked = await record(outOfTime, ASSESSED_ON_PAPER);
    expect(rechecked.case!.eligibility).toBe('eligible');
    expect(rechecked.case!.history.map((h) => h.event)).toEqual([
      { type: 'SCREEN' },
      { type: 'CHECK_ELIGIBILITY', result: 'ineligible' },
      { type: 'CHECK_ELIGIBILITY', result: 'eligible', occurredAt: ASSESSED_ON_PAPER },
    ]);
  });

  it('walks the rest of the late case with the times from the notes, and refuses a detention before the check', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    let walked = await record(view, ASSESSED_ON_PAPER);
    const tooEarly = await callError(t, 'returns.applyEvent', { id: walked.case!.id, version: walked.case!.version, event: { type: 'DETAIN', occurredAt: '2025-09-03T08:00:00.000Z' }, reason: null });
    expect(tooEarly).toEqual({
      code: 'CONFLICT',
      message: 'A case in "Eligibility checked" cannot move to "Detained": the time it happened (3 Sep 2025, 09:00) is before the eligibility check was made (3 Sep 2025, 10:00)',
    });
    walked = await applyEvent(t, walked, { type: 'DETAIN', occurredAt: DETAINED_ON_PAPER });
    walked = await applyEvent(t, walked, { type: 'SERVE_NOTICE' });
    walked = await applyEvent(t, walked, { type: 'REFER_TO_FRANCE', occurredAt: SENT_ON_PAPER });
    expect(walked.case).toMatchObject({ state: 'REFERRED_TO_FRANCE', detainedAt: DETAINED_ON_PAPER, referralSentAt: SENT_ON_PAPER });
  });

  it('is audited and queued for the centre with both times, and the centre and older readers accept the record', async () => {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const checked = await record(view, ASSESSED_ON_PAPER);
    const id = checked.case!.id;
    const [audit] = rows("SELECT changes FROM audit_log WHERE record_type = 'returns_case' AND record_id = ? ORDER BY id DESC LIMIT 1", id);
    const changes = JSON.stringify(JSON.parse(String(audit!.changes)));
    expect(changes).toContain(`"occurredAt":"${ASSESSED_ON_PAPER}"`);
    expect(changes).toContain(`"recordedAt":"${CATCHING_UP}"`);

    const [queued] = rows("SELECT payload FROM outbox WHERE record_type = 'returns_case' AND record_id = ? ORDER BY seq DESC LIMIT 1", id);
    const payload = JSON.parse(String(queued!.payload)) as Record<string, unknown>;
    expect(payload).toMatchObject({ eligibilityAssessment: { assessedAt: ASSESSED_ON_PAPER, recordedAt: CATCHING_UP } });
    const change: PushChange = {
      seq: 1, recordType: 'returns_case', recordId: id, baseVersion: null, payload, contentHash: sha256Hex(JSON.stringify(payload)), officerId: TEST_SUPERVISOR.id, recordedAt: CATCHING_UP,
    };
    expect(checkChange(change, new Date(CATCHING_UP))).toMatchObject({ ok: true });

    // The app's own schema reads the new record, and one written before assessment times existed.
    expect(ReturnsCaseRecord.safeParse(payload).success).toBe(true);
    const older = structuredClone(payload) as { eligibilityAssessment: Record<string, unknown>; history: { event: Record<string, unknown> }[] };
    delete older.eligibilityAssessment.recordedAt;
    for (const h of older.history) delete h.event.occurredAt;
    expect(ReturnsCaseRecord.safeParse(older).success).toBe(true);
  });
});

describe('a time for the check that cannot be right is refused beside its field, and nothing is saved', () => {
  async function refused(assessedAt: string) {
    t = createTempEngineAt(CATCHING_UP);
    const { view } = await screenedLate();
    const before = rows("SELECT count(*) AS n FROM audit_log WHERE record_type = 'returns_case'")[0]!.n;
    const error = await callError(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET, assessedAt });
    expect(rows("SELECT count(*) AS n FROM audit_log WHERE record_type = 'returns_case'")[0]!.n).toBe(before);
    expect((await callOk(t, 'returns.get', { arrivalId: view.person.arrivalId })).case).toMatchObject({ state: 'SCREENED', version: view.case!.version, eligibilityAssessment: null });
    return error;
  }

  it('in the future (beyond a few minutes of clock drift)', async () => {
    expect(await refused('2025-09-21T10:00:00.000Z')).toEqual({
      code: 'VALIDATION',
      message: 'The time it was assessed (21 Sep 2025, 11:00) is in the future.',
      issues: [{ path: 'assessedAt', message: 'The time it was assessed (21 Sep 2025, 11:00) is in the future.' }],
    });
  });

  it('before the person arrived', async () => {
    expect(await refused('2025-09-01T01:00:00.000Z')).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'assessedAt', message: 'The time it was assessed (1 Sep 2025, 02:00) is before the person arrived (1 Sep 2025, 03:00).' }],
    });
  });

  it('unreadable, or in the future by any clock, at the contract', async () => {
    expect(await refused('the morning after')).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'assessedAt', message: 'Enter the date and time it was assessed' }] });
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString();
    expect(await refused(tomorrow)).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'assessedAt', message: expect.stringMatching(/^The time it was assessed \(.+\) is in the future\.$/) }] });
  });
});
