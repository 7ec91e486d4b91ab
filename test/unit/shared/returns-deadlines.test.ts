import { describe, expect, it } from 'vitest';
import { ReturnCase } from '../../../shared/domain/returns/case-states';
import {
  deadlineStatus,
  franceAnswerDue,
  isWithinDeadline,
  openDeadlines,
  processLimit,
  referralDue,
  referralTarget,
} from '../../../shared/domain/returns/deadlines';
import { isPilotOver, PILOT_STATED_END_DAY } from '../../../shared/domain/returns/pilot-period';

const HOUR = 3_600_000;
const shift = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString();

describe('the deadline convention: end of the Nth UK calendar day, 23:59:59.999 UK time', () => {
  it('counts the arrival day as day 0 and keeps the whole of day 14 (summer, BST)', () => {
    // 03:12 BST on 6 Aug → the end of 20 Aug, 23:59:59.999 BST.
    expect(referralDue('2025-08-06T02:12:00.000Z')).toBe('2025-08-20T22:59:59.999Z');
    expect(referralDue('2025-08-06T22:59:00.000Z')).toBe('2025-08-20T22:59:59.999Z');
  });

  it('uses the UK day, not the UTC day, for arrivals just after UK midnight', () => {
    // 00:30 BST on 7 Aug is still 6 Aug in UTC.
    expect(referralDue('2025-08-06T23:30:00.000Z')).toBe('2025-08-21T22:59:59.999Z');
  });

  it('accepts Date objects and times with an offset, and refuses times without one', () => {
    expect(referralDue(new Date('2025-08-06T02:12:00Z'))).toBe('2025-08-20T22:59:59.999Z');
    expect(referralDue('2025-08-06T03:12:00+01:00')).toBe('2025-08-20T22:59:59.999Z');
    expect(() => referralDue('2025-08-06T03:12')).toThrow(RangeError);
    expect(() => referralDue('not a time')).toThrow(RangeError);
  });
});

describe('referral due (arrival + 14 days) across the March clock change', () => {
  it('arrival on the Saturday night before the change (GMT) is due at the end of the 14th day in BST', () => {
    expect(referralDue('2025-03-29T23:30:00.000Z')).toBe('2025-04-12T22:59:59.999Z');
  });

  it('arrivals just before (00:30 GMT) and just after (02:30 BST) the change share a deadline', () => {
    expect(referralDue('2025-03-30T00:30:00.000Z')).toBe('2025-04-13T22:59:59.999Z');
    expect(referralDue('2025-03-30T01:30:00.000Z')).toBe('2025-04-13T22:59:59.999Z');
  });

  it('00:30 BST on Monday 31 March (still Sunday in UTC) counts from 31 March', () => {
    expect(referralDue('2025-03-30T23:30:00.000Z')).toBe('2025-04-14T22:59:59.999Z');
  });

  it('is 15 civil days less the lost hour in elapsed time, and earlier than a naive 14 × 24 h', () => {
    const arrival = '2025-03-20T23:30:00.000Z'; // 23:30 GMT, 20 March
    const due = referralDue(arrival);
    expect(due).toBe('2025-04-03T22:59:59.999Z');
    expect(Date.parse(due) + 1 - Date.parse('2025-03-20T00:00:00.000Z')).toBe((15 * 24 - 1) * HOUR);
    expect(Date.parse(due)).toBeLessThan(Date.parse(arrival) + 14 * 24 * HOUR);
  });

  it('works the same in 2026 (change on 29 March)', () => {
    expect(referralDue('2026-03-28T12:00:00.000Z')).toBe('2026-04-11T22:59:59.999Z');
  });
});

describe('referral due (arrival + 14 days) across the October clock change', () => {
  it('00:30 BST on Sunday 26 October (25 October in UTC) counts from 26 October', () => {
    expect(referralDue('2025-10-25T23:30:00.000Z')).toBe('2025-11-09T23:59:59.999Z');
  });

  it('both 01:30s of the repeated hour (BST then GMT) share a deadline', () => {
    expect(referralDue('2025-10-26T00:30:00.000Z')).toBe('2025-11-09T23:59:59.999Z');
    expect(referralDue('2025-10-26T01:30:00.000Z')).toBe('2025-11-09T23:59:59.999Z');
  });

  it('a BST arrival whose 14th day is in GMT ends at 23:59:59.999 GMT', () => {
    expect(referralDue('2025-10-20T22:30:00.000Z')).toBe('2025-11-03T23:59:59.999Z');
    expect(Date.parse(referralDue('2025-10-20T22:30:00.000Z')) + 1 - Date.parse('2025-10-19T23:00:00.000Z')).toBe((15 * 24 + 1) * HOUR);
  });

  it('a deadline that lands on the change day itself ends at midnight GMT', () => {
    expect(referralDue('2025-10-12T22:30:00.000Z')).toBe('2025-10-26T23:59:59.999Z');
  });
});

describe('the other time limits', () => {
  it('referral target: detention + 3 days', () => {
    expect(referralTarget('2025-08-07T10:00:00.000Z')).toBe('2025-08-10T22:59:59.999Z');
    expect(referralTarget('2025-10-24T10:00:00.000Z')).toBe('2025-10-27T23:59:59.999Z');
  });

  it("France's answer: referral + 14 days, or + 28 when exceptional", () => {
    expect(franceAnswerDue('2025-08-08T09:00:00.000Z')).toBe('2025-08-22T22:59:59.999Z');
    expect(franceAnswerDue('2025-08-08T09:00:00.000Z', true)).toBe('2025-09-05T22:59:59.999Z');
    expect(franceAnswerDue('2025-10-20T09:00:00.000Z', true)).toBe('2025-11-17T23:59:59.999Z');
  });
});

describe('process limit: arrival + 3 calendar months', () => {
  it.each([
    ['an ordinary day', '2025-08-06T02:12:00.000Z', '2025-11-06T23:59:59.999Z'],
    ['30 Nov → 28 Feb (no 30 Feb)', '2025-11-30T12:00:00.000Z', '2026-02-28T23:59:59.999Z'],
    ['29 Nov → 28 Feb in a common year', '2025-11-29T12:00:00.000Z', '2026-02-28T23:59:59.999Z'],
    ['30 Nov → 29 Feb in a leap year', '2027-11-30T12:00:00.000Z', '2028-02-29T23:59:59.999Z'],
    ['31 Aug → 30 Nov', '2025-08-31T12:00:00.000Z', '2025-11-30T23:59:59.999Z'],
    ['00:30 BST on 1 Sep (31 Aug in UTC) → 1 Dec', '2025-08-31T23:30:00.000Z', '2025-12-01T23:59:59.999Z'],
    ['31 Dec → 31 Mar, ending in BST', '2025-12-31T12:00:00.000Z', '2026-03-31T22:59:59.999Z'],
    ['31 Jan → 30 Apr', '2026-01-31T12:00:00.000Z', '2026-04-30T22:59:59.999Z'],
  ])('%s', (_label, arrival, limit) => {
    expect(processLimit(arrival)).toBe(limit);
  });
});

describe('deadlineStatus', () => {
  const due = '2025-08-20T22:59:59.999Z';

  it('is ok more than 48 hours out, due soon from 48 hours to the last millisecond, then overdue', () => {
    expect(deadlineStatus(due, shift(due, -48 * HOUR - 1))).toBe('ok');
    expect(deadlineStatus(due, shift(due, -48 * HOUR))).toBe('due_soon');
    expect(deadlineStatus(due, due)).toBe('due_soon');
    expect(deadlineStatus(due, shift(due, 1))).toBe('overdue');
    expect(isWithinDeadline(due, due)).toBe(true);
    expect(isWithinDeadline(shift(due, 1), due)).toBe(false);
  });

  it('takes the due-soon window as a setting', () => {
    expect(deadlineStatus(due, shift(due, -30 * HOUR), { dueSoonHours: 24 })).toBe('ok');
    expect(deadlineStatus(due, shift(due, -60 * HOUR), { dueSoonHours: 72 })).toBe('due_soon');
  });
});

describe('openDeadlines', () => {
  const arrivedAt = '2025-09-01T04:00:00.000Z';
  const caseOf = (fields: Record<string, unknown>) => ReturnCase.parse({ arrivedAt, ...fields });
  const kinds = (list: { kind: string }[]) => list.map((d) => d.kind);

  it('lists the referral deadline and the 3-month limit for a new case, soonest first', () => {
    const list = openDeadlines(caseOf({ state: 'ARRIVED' }), '2025-09-02T10:00:00.000Z');
    expect(kinds(list)).toEqual(['REFERRAL_DUE', 'PROCESS_LIMIT']);
    expect(list[0]).toMatchObject({ due: '2025-09-15T22:59:59.999Z', status: 'ok' });
    expect(list[1]).toMatchObject({ due: '2025-12-01T23:59:59.999Z', status: 'ok' });
  });

  it('adds the 3-day target once detained, with statuses for the due-soon list', () => {
    const c = caseOf({ state: 'DETAINED', eligibility: 'eligible', detainedAt: '2025-09-13T10:00:00.000Z' });
    const list = openDeadlines(c, '2025-09-14T10:00:00.000Z');
    expect(kinds(list)).toEqual(['REFERRAL_DUE', 'REFERRAL_TARGET', 'PROCESS_LIMIT']);
    expect(list.map((d) => d.status)).toEqual(['due_soon', 'ok', 'ok']);
    expect(openDeadlines(c, '2025-09-16T10:00:00.000Z').map((d) => d.status)).toEqual(['overdue', 'due_soon', 'ok']);
  });

  it("shows France's answer once referred, and keeps it while paused (barriers do not stop the clocks)", () => {
    const referred = { referralSentAt: '2025-09-04T10:00:00.000Z', franceAnswerExceptional: true };
    const list = openDeadlines(caseOf({ state: 'REFERRED_TO_FRANCE', ...referred }), '2025-09-05T10:00:00.000Z');
    expect(kinds(list)).toEqual(['FRANCE_ANSWER_DUE', 'PROCESS_LIMIT']);
    expect(list[0]?.due).toBe('2025-10-02T22:59:59.999Z');
    // The due-soon list and the print show the label as it comes: it says 14 or 28 days.
    expect(list[0]?.label).toBe("France's answer (28 days, exceptional)");
    const usual = openDeadlines(caseOf({ state: 'REFERRED_TO_FRANCE', referralSentAt: referred.referralSentAt }), '2025-09-05T10:00:00.000Z');
    expect(usual[0]?.label).toBe("France's answer (14 days from the referral)");
    const paused = caseOf({ state: 'PAUSED', pausedFrom: 'REFERRED_TO_FRANCE', activeBarriers: ['HUMAN_RIGHTS_CLAIM'], ...referred });
    expect(kinds(openDeadlines(paused, '2025-09-05T10:00:00.000Z'))).toEqual(['FRANCE_ANSWER_DUE', 'PROCESS_LIMIT']);
  });

  it('leaves only the 3-month limit after France answers, and nothing once the case is closed', () => {
    expect(kinds(openDeadlines(caseOf({ state: 'FRANCE_ACCEPTED', referralSentAt: '2025-09-04T10:00:00.000Z' }), '2025-09-05T10:00:00.000Z'))).toEqual(['PROCESS_LIMIT']);
    expect(openDeadlines(caseOf({ state: 'REMOVED' }), '2025-09-20T10:00:00.000Z')).toEqual([]);
    expect(openDeadlines(caseOf({ state: 'INELIGIBLE' }), '2025-09-20T10:00:00.000Z')).toEqual([]);
  });

  it('marks the 3-month limit overdue once passed', () => {
    const [limit] = openDeadlines(caseOf({ state: 'FRANCE_ACCEPTED', referralSentAt: '2025-09-04T10:00:00.000Z' }), '2025-12-02T00:00:00.000Z');
    expect(limit).toMatchObject({ kind: 'PROCESS_LIMIT', status: 'overdue' });
  });
});

describe("the pilot's stated end (11 June 2026 unless renewed)", () => {
  it('is passed from the first UK day after it, not before', () => {
    expect(isPilotOver(PILOT_STATED_END_DAY, '2026-06-11T22:59:59.999Z')).toBe(false); // 23:59 BST on 11 June
    expect(isPilotOver(PILOT_STATED_END_DAY, '2026-06-11T23:00:00.000Z')).toBe(true); // 00:00 BST on 12 June
    expect(isPilotOver('2027-06-11', '2026-06-11T23:00:00.000Z')).toBe(false); // once renewed
  });
});
