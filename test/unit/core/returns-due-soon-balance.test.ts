import { afterEach, describe, expect, it } from 'vitest';
import { applyEvent, callError, callOk, caseReadyForRemoval, smallBoatArrival } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';
import { walkTransferToArrival } from '../../support/transfer';

let now = new Date('2025-09-29T10:00:00.000Z'); // 11:00 BST, Monday 29 Sep 2025
let t: TempEngine;
afterEach(() => t?.cleanup());

function engine() {
  t = createTempEngine();
  t.ctx = testContext({ now: () => now });
}

describe('the due-soon list', () => {
  it('lists deadlines due within 48 hours or overdue across open cases, soonest first, with names and references', async () => {
    engine();
    // Landed 16 days ago: the 14-day limit for the referral has passed.
    const late = await smallBoatArrival(t, '2025-09-13T04:00:00.000Z', { familyName: 'Haile', givenNames: 'Yonas' });
    // Landed 13 days ago: the limit ends at midnight tomorrow, UK time.
    const soon = await smallBoatArrival(t, '2025-09-16T04:00:00.000Z', { familyName: 'Ahmadi', givenNames: 'Farid' });
    // Landed yesterday: nothing due yet.
    const fresh = await smallBoatArrival(t, '2025-09-28T04:00:00.000Z', { familyName: 'Karimi', givenNames: 'Reza' });
    for (const person of [late, soon, fresh]) await callOk(t, 'returns.open', { arrivalId: person.id });
    // A closed case shows nothing, whatever its dates.
    const closed = await smallBoatArrival(t, '2025-09-14T04:00:00.000Z', { familyName: 'Osman' });
    const opened = await callOk(t, 'returns.open', { arrivalId: closed.id });
    await applyEvent(t, opened, { type: 'SCREEN' });
    const screened = await callOk(t, 'returns.get', { arrivalId: closed.id });
    await callOk(t, 'returns.recordEligibility', { id: screened.case!.id, version: screened.case!.version, conditions: {} });
    const checked = await callOk(t, 'returns.get', { arrivalId: closed.id });
    await applyEvent(t, checked, { type: 'MARK_INELIGIBLE' }, 'Referral out of time (synthetic)');

    const list = await callOk(t, 'returns.dueSoon', {});
    expect(list.asOf).toBe(now.toISOString());
    expect(list.items.map((i) => [i.name, i.personReference, i.caseReference, i.state, i.deadline.kind, i.deadline.status, i.deadline.due])).toEqual([
      ['Haile, Yonas', late.reference, `${late.reference}-R`, 'ARRIVED', 'REFERRAL_DUE', 'overdue', '2025-09-27T22:59:59.999Z'],
      ['Ahmadi, Farid', soon.reference, `${soon.reference}-R`, 'ARRIVED', 'REFERRAL_DUE', 'due_soon', '2025-09-30T22:59:59.999Z'],
    ]);
  });

  it('says a case assessed not eligible is to be closed, not referred', async () => {
    engine();
    const person = await smallBoatArrival(t, '2025-09-13T04:00:00.000Z', { familyName: 'Haile' });
    const opened = await callOk(t, 'returns.open', { arrivalId: person.id });
    await applyEvent(t, opened, { type: 'SCREEN' });
    const screened = await callOk(t, 'returns.get', { arrivalId: person.id });
    await callOk(t, 'returns.recordEligibility', { id: screened.case!.id, version: screened.case!.version, conditions: { NOT_A_THREAT: { status: 'not_met', note: 'Synthetic: a security concern' } } });
    const assessed = await callOk(t, 'returns.get', { arrivalId: person.id });
    expect(assessed.case!.eligibilityAssessment!.result).toBe('ineligible');

    const [item] = (await callOk(t, 'returns.dueSoon', {})).items;
    expect(item!.nextStep).toMatch(/Assessed not eligible: close the case/);
    await applyEvent(t, assessed, { type: 'MARK_INELIGIBLE' }, 'Not eligible (synthetic)');
    expect((await callOk(t, 'returns.dueSoon', {})).items).toEqual([]);
  });

  it('expires cases past their 3-month limit before listing', async () => {
    engine();
    const person = await smallBoatArrival(t, '2025-06-01T10:00:00.000Z');
    await callOk(t, 'returns.open', { arrivalId: person.id });
    expect((await callOk(t, 'returns.dueSoon', {})).items).toEqual([]);
    const state = t.engine.db.prepare('SELECT state FROM returns_cases').get() as { state: string };
    expect(state.state).toBe('EXPIRED');
  });
});

describe('the balance: returns out against transfers in, per UK week', () => {
  it('counts removals by the time of removal and transfers by the time of arrival, with running totals', async () => {
    engine();
    const removeAt = async (time: string) => {
      now = new Date('2025-09-29T10:00:00.000Z');
      const person = await smallBoatArrival(t, '2025-09-20T04:00:00.000Z');
      let view = await caseReadyForRemoval(t, person.id);
      view = await applyEvent(t, view, { type: 'SCHEDULE_REMOVAL', removalAt: time });
      now = new Date(time);
      await applyEvent(t, view, { type: 'CONFIRM_REMOVAL' });
    };
    await removeAt('2025-09-22T09:00:00.000Z'); // W39, before the range asked for
    await removeAt('2025-09-30T09:00:00.000Z'); // W40
    await removeAt('2025-10-05T22:30:00.000Z'); // 23:30 BST Sunday: still W40
    await removeAt('2025-10-07T09:00:00.000Z'); // W41
    now = new Date('2025-10-20T10:00:00.000Z');
    await walkTransferToArrival(t, 'UKEATS-0001', '2025-10-08T14:00:00.000Z'); // W41
    await walkTransferToArrival(t, 'UKEATS-0002', '2025-10-19T22:30:00.000Z'); // 23:30 BST Sunday 19 Oct: W42

    const balance = await callOk(t, 'returns.balance', { from: '2025-10-01', to: '2025-10-20' });
    expect(balance.before).toEqual({ removals: 1, transfersIn: 0 });
    expect(balance.weeks.map((w) => [w.week, w.removals, w.transfersIn, w.cumulativeRemovals, w.cumulativeTransfersIn])).toEqual([
      ['2025-W40', 2, 0, 3, 0],
      ['2025-W41', 1, 1, 4, 1],
      ['2025-W42', 0, 1, 4, 2],
      ['2025-W43', 0, 0, 4, 2],
    ]);
    expect(balance.weeks[0]!.weekStart).toBe('2025-09-28T23:00:00.000Z');
    // Weeks to come are left out, not shown as weeks with nobody removed.
    const ahead = await callOk(t, 'returns.balance', { from: '2025-10-01', to: '2026-03-31' });
    expect(ahead.weeks.map((w) => w.week)).toEqual(['2025-W40', '2025-W41', '2025-W42', '2025-W43']);
    expect(ahead).toMatchObject({ to: '2026-03-31', until: '2025-10-20' });
  });

  it('refuses a range that ends before it starts, beside the end date, and one that starts in the future', async () => {
    engine();
    expect(await callError(t, 'returns.balance', { from: '2025-10-20', to: '2025-10-01' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'to', message: 'The end date is before the start date' }],
    });
    expect(await callError(t, 'returns.balance', { from: '9999-01-01', to: '9999-01-31' })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'from', message: 'The start date is in the future: nothing has been counted yet' }],
    });
  });
});
