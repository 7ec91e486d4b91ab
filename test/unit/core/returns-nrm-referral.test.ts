import { afterEach, describe, expect, it } from 'vitest';
import { ALL_MET, applyEvent, callOk, smallBoatArrival } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';

// Synthetic person: landed 03:00 BST on 15 Sep 2025, referred to the NRM on 16 Sep.
const ARRIVED_AT = '2025-09-15T02:00:00.000Z';
let t: TempEngine;
afterEach(() => t?.cleanup());

describe("the returns case carries the person's NRM referral", () => {
  it('tells the case page the referral date, and leaves the case where it is until an officer records the barrier', async () => {
    t = createTempEngine();
    t.ctx = testContext({ now: () => new Date('2025-09-17T09:00:00.000Z') });
    const person = await smallBoatArrival(t, ARRIVED_AT, { vulnerability: { traffickingIndicators: true, nrmReferredAt: '2025-09-16' } });
    let view = await callOk(t, 'returns.open', { arrivalId: person.id });
    expect(view.person.nrmReferredAt).toBe('2025-09-16');
    view = await applyEvent(t, view, { type: 'SCREEN' });
    view = await callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
    // Nothing paused by itself: the check still finds the person eligible, and the case waits for an officer.
    expect(view.case).toMatchObject({ state: 'ELIGIBILITY_CHECKED', eligibility: 'eligible' });
    expect(view.person.nrmReferredAt).toBe('2025-09-16');
    expect(view.allowedEvents).toContain('RAISE_BARRIER');
  });

  it('gives no referral date for a person without one', async () => {
    t = createTempEngine();
    const person = await smallBoatArrival(t, ARRIVED_AT);
    expect((await callOk(t, 'returns.get', { arrivalId: person.id })).person.nrmReferredAt).toBeNull();
  });
});
