import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../electron/web/server';
import { ALL_MET, applyEvent, callError, callOk, caseReadyForRemoval, smallBoatArrival } from '../../support/returns-case';
import { createTempEngineAt, type ClockedTempEngine } from '../../support/temp-engine';
import { signInDirectly } from '../../support/session';

// Synthetic people only. The clock is the case's own: a boat landed at 03:00 BST on 15 Sep 2025.
const ARRIVED_AT = '2025-09-15T02:00:00.000Z';
let t: ClockedTempEngine;
afterEach(() => t?.cleanup());


const rows = (sql: string, ...params: unknown[]) => t.engine.db.prepare(sql).all(...params) as Record<string, unknown>[];

describe('opening a returns case', () => {
  it('opens one case per person, named after them, with its clocks running from the arrival', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    const before = await callOk(t, 'returns.get', { arrivalId: person.id });
    expect(before.case).toBeNull();
    expect(before.person).toMatchObject({ reference: person.reference, name: 'Tesfamariam, Selam' });

    const view = await callOk(t, 'returns.open', { arrivalId: person.id });
    expect(view.case).toMatchObject({ reference: `${person.reference}-R`, state: 'ARRIVED', arrivalId: person.id, arrivedAt: ARRIVED_AT });
    expect(view.deadlines.map((d) => [d.kind, d.due, d.status])).toEqual([
      ['REFERRAL_DUE', '2025-09-29T22:59:59.999Z', 'ok'],
      ['PROCESS_LIMIT', '2025-12-15T23:59:59.999Z', 'ok'],
    ]);
    expect(view.allowedEvents).toEqual(['SCREEN', 'RAISE_BARRIER']);

    const again = await callError(t, 'returns.open', { arrivalId: person.id });
    expect(again).toEqual({ code: 'CONFLICT', message: `${person.reference} already has a returns case (${person.reference}-R); a person has only one.` });
    expect(rows('SELECT id FROM returns_cases')).toHaveLength(1);
    expect((await callOk(t, 'returns.get', { arrivalId: person.id })).case).toEqual(view.case);
  });

  it('refuses a person with no arrival time, and one not on this device', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const draft = await callOk(t, 'arrivals.create', { status: 'DRAFT', familyName: 'Unknown' });
    expect(await callError(t, 'returns.open', { arrivalId: draft.id })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'arrivalId', message: "Record the person's arrival time first: the pilot's time limits run from it" }],
    });
    expect(await callError(t, 'returns.open', { arrivalId: '01890a5d-ac96-774b-bcce-b302099a8057' })).toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('moving a case', () => {
  it('audits every write and queues it for the centre, with who, when and why in the history', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    let view = await callOk(t, 'returns.open', { arrivalId: person.id });
    view = await applyEvent(t, view, { type: 'SCREEN' }, 'Screened at Manston');
    view = await callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
    expect(view.case!.eligibilityAssessment).toMatchObject({ result: 'eligible', reasons: [], assessedBy: 'Test Supervisor' });
    expect(view.allowedEvents).toContain('DETAIN');
    view = await applyEvent(t, view, { type: 'DETAIN' });

    const id = view.case!.id;
    const audit = rows("SELECT action, officer_name, changes FROM audit_log WHERE record_type = 'returns_case' AND record_id = ? ORDER BY id", id);
    expect(audit.map((a) => a.action)).toEqual(['create', 'update', 'update', 'update']);
    expect(audit.every((a) => a.officer_name === 'Test Supervisor')).toBe(true);
    expect(JSON.parse(String(audit[3]!.changes)).state).toEqual(['ELIGIBILITY_CHECKED', 'DETAINED']);
    const outbox = rows("SELECT payload FROM outbox WHERE record_type = 'returns_case' AND record_id = ? ORDER BY seq", id);
    expect(outbox).toHaveLength(4);
    expect(JSON.parse(String(outbox[3]!.payload))).toMatchObject({ state: 'DETAINED', version: 4, detainedAt: t.clock.now.toISOString() });

    expect(view.case!.history.map((h) => [h.from, h.to, h.actor, h.reason])).toEqual([
      ['ARRIVED', 'SCREENED', 'Test Supervisor', 'Screened at Manston'],
      ['SCREENED', 'ELIGIBILITY_CHECKED', 'Test Supervisor', 'Every condition met'],
      ['ELIGIBILITY_CHECKED', 'DETAINED', 'Test Supervisor', null],
    ]);
    expect(view.deadlines.map((d) => d.kind)).toEqual(['REFERRAL_TARGET', 'REFERRAL_DUE', 'PROCESS_LIMIT']);
  });

  it('refuses an illegal move with a CONFLICT in the machine\'s words, changing nothing', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    const view = await callOk(t, 'returns.open', { arrivalId: person.id });
    const refused = await callError(t, 'returns.applyEvent', { id: view.case!.id, version: 1, event: { type: 'DETAIN' } });
    expect(refused).toEqual({ code: 'CONFLICT', message: 'A case in "Arrived" cannot move to "Detained": screening comes first' });
    expect(rows("SELECT 1 FROM audit_log WHERE record_type = 'returns_case'")).toHaveLength(1);
    expect((await callOk(t, 'returns.get', { arrivalId: person.id })).case!.version).toBe(1);
  });

  it('refuses a stale version, a typed eligibility result, a missing reason and a removal past the 3-month limit beside their fields', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    let view = await callOk(t, 'returns.open', { arrivalId: person.id });
    view = await applyEvent(t, view, { type: 'SCREEN' });
    const id = view.case!.id;
    expect(await callError(t, 'returns.applyEvent', { id, version: 1, event: { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' } })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('changed since you opened it') });
    expect(await callError(t, 'returns.applyEvent', { id, version: 2, event: { type: 'CHECK_ELIGIBILITY', result: 'eligible' } })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'event' }] });
    expect(await callError(t, 'returns.applyEvent', { id, version: 2, event: { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' } })).toEqual({
      code: 'VALIDATION',
      message: 'A reason is required to move a case to "Paused by a barrier"',
      issues: [{ path: 'reason', message: 'A reason is required to move a case to "Paused by a barrier"' }],
    });
    expect(await callError(t, 'returns.recordEligibility', { id, version: 2, conditions: { NOT_A_THREAT: { status: 'not_met' } } })).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'conditions.NOT_A_THREAT.note', message: 'Say why this condition is not met' }],
    });

    view = await callOk(t, 'returns.recordEligibility', { id, version: 2, conditions: ALL_MET });
    for (const type of ['DETAIN', 'SERVE_NOTICE', 'REFER_TO_FRANCE', 'RECORD_FRANCE_ACCEPTANCE', 'DECIDE_INADMISSIBILITY'] as const) view = await applyEvent(t, view, { type });
    const late = await callError(t, 'returns.applyEvent', { id, version: view.case!.version, event: { type: 'SCHEDULE_REMOVAL', removalAt: '2025-12-16T10:00:00.000Z' } });
    expect(late).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'event.removalAt', message: expect.stringContaining('would fall after the 3-month limit (15 Dec 2025, 23:59)') }] });
  });

  it('pauses a detained person for a modern-slavery referral and takes them back to detention when it is lifted', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    let view = await callOk(t, 'returns.open', { arrivalId: person.id });
    view = await applyEvent(t, view, { type: 'SCREEN' });
    view = await callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
    view = await applyEvent(t, view, { type: 'DETAIN' });
    view = await applyEvent(t, view, { type: 'RAISE_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, 'NRM referral made (synthetic)');
    expect(view.case).toMatchObject({ state: 'PAUSED', pausedFrom: 'DETAINED', activeBarriers: ['MODERN_SLAVERY_REFERRAL'] });
    expect(view.allowedEvents).toEqual(['RELEASE_TO_ASYLUM', 'RAISE_BARRIER', 'LIFT_BARRIER']);
    view = await applyEvent(t, view, { type: 'LIFT_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }, 'Negative reasonable-grounds decision');
    expect(view.case).toMatchObject({ state: 'DETAINED', pausedFrom: null, activeBarriers: [] });
  });

  it('an ineligible person (EU national) cannot be detained, and the reasons say why', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT, { nationality: 'ROU' });
    let view = await callOk(t, 'returns.open', { arrivalId: person.id });
    view = await applyEvent(t, view, { type: 'SCREEN' });
    view = await callOk(t, 'returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
    expect(view.case!.eligibility).toBe('ineligible');
    expect(view.case!.eligibilityAssessment!.reasons).toEqual(['EU national (ROU): EU citizens are not returned under the pilot']);
    expect(view.allowedEvents).not.toContain('DETAIN');
  });

  it('expires a case past its 3-month limit when it is next read, as the system', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    await callOk(t, 'returns.open', { arrivalId: person.id });
    t.clock.now = new Date('2025-12-16T00:00:00.000Z');
    const view = await callOk(t, 'returns.get', { arrivalId: person.id });
    expect(view.case!.state).toBe('EXPIRED');
    expect(view.case!.history.at(-1)).toMatchObject({ actor: 'system', from: 'ARRIVED', to: 'EXPIRED' });
    expect(view.deadlines).toEqual([]);
    expect(view.allowedEvents).toEqual([]);
  });
});

describe('over the browser-mode HTTP transport', () => {
  it('a refused move is a 409 with the same clear message', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    const view = await callOk(t, 'returns.open', { arrivalId: person.id });
    const rendererDir = join(t.dir, 'renderer');
    mkdirSync(rendererDir);
    writeFileSync(join(rendererDir, 'index.html'), '<!doctype html><html><head><title>t</title></head><body></body></html>');
    signInDirectly(t.engine);
    const server = await startWebServer({ engine: t.engine, rendererDir });
    try {
      const response = await fetch(new URL('api/returns.applyEvent', server.url), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-field-recorder-secret': server.secret },
        body: JSON.stringify({ id: view.case!.id, version: 1, event: { type: 'CONFIRM_REMOVAL' } }),
      });
      expect(response.status).toBe(409);
      expect(await response.json()).toEqual({ ok: false, error: { code: 'CONFLICT', message: 'A case in "Arrived" cannot move to "Removed to France": screening comes first' } });
    } finally {
      await server.close();
    }
  });
});

describe('a removal recorded after the 3-month limit expired its case', () => {
  it('is recorded with the time it happened, if that was by the limit; the case reads Removed and counts in the balance', async () => {
    t = createTempEngineAt('2025-09-16T09:00:00.000Z');
    const person = await smallBoatArrival(t, ARRIVED_AT);
    // Landed 15 Sep: the limit ends 15 Dec 2025, 23:59 UK time. The removal is set for that morning.
    await applyEvent(t, await caseReadyForRemoval(t, person.id), { type: 'SCHEDULE_REMOVAL', removalAt: '2025-12-15T09:00:00.000Z' });
    // The officer is back online the next day: opening the case expires it.
    t.clock.now = new Date('2025-12-16T10:00:00.000Z');
    const expired = await callOk(t, 'returns.get', { arrivalId: person.id });
    expect(expired.case).toMatchObject({ state: 'EXPIRED' });
    expect(expired.allowedEvents).toEqual(['CONFIRM_REMOVAL']);
    const refused = await callError(t, 'returns.applyEvent', { id: expired.case!.id, version: expired.case!.version, event: { type: 'CONFIRM_REMOVAL' }, reason: null });
    expect(refused.message).toMatch(/give the time the removal happened/);

    const removed = await applyEvent(t, expired, { type: 'CONFIRM_REMOVAL', occurredAt: '2025-12-15T09:20:00.000Z' });
    expect(removed.case).toMatchObject({ state: 'REMOVED', removedAt: '2025-12-15T09:20:00.000Z' });
    const balance = await callOk(t, 'returns.balance', { from: '2025-12-15', to: '2025-12-15' });
    expect(balance.weeks[0]!.removals).toBe(1);
  });
});
