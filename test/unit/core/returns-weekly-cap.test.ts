import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent, callError, callOk, caseReadyForRemoval, smallBoatArrival } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

// Synthetic people who landed on 15 Sep 2025; removals are scheduled into UK ISO week 2025-W40
// (Monday 29 Sep 00:00 BST = 28 Sep 23:00 UTC, to Monday 6 Oct 00:00 BST).
const ARRIVED_AT = '2025-09-15T02:00:00.000Z';
const IN_WEEK_40 = '2025-10-01T09:00:00.000Z';
const SUNDAY_LATE_WEEK_40 = '2025-10-05T22:30:00.000Z'; // 23:30 BST on Sunday 5 Oct
const MONDAY_WEEK_41 = '2025-10-05T23:30:00.000Z'; // 00:30 BST on Monday 6 Oct
let t: TempEngine;
afterEach(() => t?.cleanup());

function engine() {
  t = createTempEngine();
  t.ctx = testContext({ now: () => new Date('2025-09-20T09:00:00.000Z') });
}

async function scheduleRemoval(removalAt: string) {
  const person = await smallBoatArrival(t, ARRIVED_AT);
  const ready = await caseReadyForRemoval(t, person.id);
  return applyEvent(t, ready, { type: 'SCHEDULE_REMOVAL', removalAt });
}

describe('the weekly cap (a warning, never a block)', () => {
  it('lets the 51st removal of a UK week be scheduled, with a warning; the 50th has none', async () => {
    engine();
    for (let i = 1; i <= 49; i++) expect((await scheduleRemoval(IN_WEEK_40)).warning).toBeNull();
    // The 50th falls late on Sunday in UK time: still the same week.
    expect((await scheduleRemoval(SUNDAY_LATE_WEEK_40)).warning).toBeNull();
    // 00:30 on Monday in UK time is the next week, so it does not count against this one.
    expect((await scheduleRemoval(MONDAY_WEEK_41)).warning).toBeNull();

    const over = await scheduleRemoval(IN_WEEK_40);
    expect(over.case!.state).toBe('REMOVAL_SCHEDULED');
    expect(over.warning).toBe('The week of Monday 29 Sep 2025 has 51 removals, 1 over the weekly cap of 50. The cap is a warning only: removals can still be scheduled.');

    // Rescheduling a removal within its own week does not count it twice.
    const again = await applyEvent(t, over, { type: 'SCHEDULE_REMOVAL', removalAt: '2025-10-02T09:00:00.000Z' });
    expect(again.warning).toMatch(/^The week of Monday 29 Sep 2025 has 51 removals/);

    t.ctx = testContext({ now: () => new Date(IN_WEEK_40) });
    expect(await callOk(t, 'returns.weeklyCap', {})).toEqual({
      week: '2025-W40',
      weekStart: '2025-09-28T23:00:00.000Z',
      count: 51,
      cap: 50,
      remaining: 0,
      full: true,
      warning: 'This week has 51 removals, 1 over the weekly cap of 50. The cap is a warning only: removals can still be scheduled.',
    });
    // The schedule form asks for the week without the case being rescheduled, as the warning on Confirm counts it.
    expect(await callOk(t, 'returns.weeklyCap', { at: IN_WEEK_40, exceptCaseId: again.case!.id })).toMatchObject({ count: 50, full: true });
  });

  it('counts a removal done in the week it was done, as the balance does, not in the week it was scheduled for', async () => {
    engine();
    const scheduled = await scheduleRemoval(MONDAY_WEEK_41);
    // Removed early, on the Wednesday of week 40, and recorded the next day with that time.
    t.ctx = testContext({ now: () => new Date('2025-10-02T09:00:00.000Z') });
    await applyEvent(t, scheduled, { type: 'CONFIRM_REMOVAL', occurredAt: IN_WEEK_40 });
    expect((await callOk(t, 'returns.weeklyCap', { at: IN_WEEK_40 })).count).toBe(1);
    expect((await callOk(t, 'returns.weeklyCap', { at: MONDAY_WEEK_41 })).count).toBe(0);
    t.ctx = testContext({ now: () => new Date('2025-10-13T09:00:00.000Z') }); // both weeks over
    const balance = await callOk(t, 'returns.balance', { from: '2025-09-29', to: '2025-10-12' });
    expect(balance.weeks.map((w) => [w.week, w.removals])).toEqual([['2025-W40', 1], ['2025-W41', 0]]);
  });

  it('is a setting from 1 to 1,000, changed with an audit entry', async () => {
    engine();
    expect((await callOk(t, 'returns.weeklyCap', {})).cap).toBe(50);
    for (const cap of [0, 1001, 2.5]) {
      const error = await callError(t, 'returns.setWeeklyCap', { cap });
      expect(error.code).toBe('VALIDATION');
      expect(error.issues?.[0]?.path).toBe('cap');
    }
    expect((await callError(t, 'returns.setWeeklyCap', { cap: 0 })).issues).toEqual([{ path: 'cap', message: 'The weekly cap is at least 1' }]);
    expect(await callOk(t, 'returns.setWeeklyCap', { cap: 2 })).toMatchObject({ cap: 2, count: 0, full: false });
    const audit = t.engine.db.prepare("SELECT officer_name, changes FROM audit_log WHERE record_type = 'setting'").all();
    expect(audit).toEqual([{ officer_name: 'Test Supervisor', changes: JSON.stringify({ weeklyCap: [50, 2] }) }]);

    await scheduleRemoval(IN_WEEK_40);
    await scheduleRemoval(IN_WEEK_40);
    expect((await scheduleRemoval(IN_WEEK_40)).warning).toMatch(/3 removals, 1 over the weekly cap of 2/);
  });

  it('lists the weeks after this one already at or over the cap, soonest first, before anyone schedules into them', async () => {
    engine();
    await callOk(t, 'returns.setWeeklyCap', { cap: 2 });
    // Now is Saturday 20 Sep 2025 (week 38): week 40 gets 3, week 41 gets 2 (one late on Sunday in UK time), week 39 only 1.
    for (const at of [IN_WEEK_40, IN_WEEK_40, SUNDAY_LATE_WEEK_40, MONDAY_WEEK_41, '2025-10-12T22:30:00.000Z', '2025-09-23T09:00:00.000Z']) await scheduleRemoval(at);
    // This week's removals have their own card: only weeks to come are listed.
    await scheduleRemoval('2025-09-20T12:00:00.000Z');
    await scheduleRemoval('2025-09-21T12:00:00.000Z');
    expect(await callOk(t, 'returns.weeksAtCap', {})).toEqual({
      cap: 2,
      weeks: [
        { week: '2025-W40', weekStart: '2025-09-28T23:00:00.000Z', count: 3 },
        { week: '2025-W41', weekStart: '2025-10-05T23:00:00.000Z', count: 2 },
      ],
    });
    // Raising the cap clears them: the list always follows the cap as set.
    await callOk(t, 'returns.setWeeklyCap', { cap: 3 });
    expect((await callOk(t, 'returns.weeksAtCap', {})).weeks.map((w) => w.week)).toEqual(['2025-W40']);
  });
});
