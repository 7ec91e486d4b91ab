import { afterEach, describe, expect, it } from 'vitest';
import { TransferInput } from '../../../shared/domain/transfers/transfer';
import { allowedTransferMoves, heldBackTransferMoves, moveTransfer } from '../../../shared/domain/transfers/transfer-machine';
import { callError, callOk } from '../../support/returns-case';
import { createTempEngine, testContext, type TempEngine } from '../../support/temp-engine';
import { transferInput, walkTransferToArrival } from '../../support/transfer';

const NOW = '2025-10-20T10:00:00.000Z';
const application = (overrides: Record<string, unknown> = {}) => ({
  ...TransferInput.parse(transferInput()),
  state: 'EOI_SUBMITTED' as const,
  history: [],
  ...overrides,
});
const move = (t: ReturnType<typeof application>, to: Parameters<typeof moveTransfer>[1], reason: string | null = null) =>
  moveTransfer(t, to, { now: NOW, actor: 'Test Officer', reason });
const passed = { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' } as const;

describe('the safe-route state machine', () => {
  it('verifies the location only once the check has passed', () => {
    expect(move(application(), 'LOCATION_VERIFIED')).toEqual({
      ok: false,
      kind: 'REFUSED_MOVE',
      message: 'An application in "Expression of interest submitted" cannot move to "Location in France verified": record the location check as passed first',
    });
    expect(allowedTransferMoves(application(), NOW)).toEqual(['REFUSED']);
    const ok = move(application({ checks: passed }), 'LOCATION_VERIFIED');
    expect(ok).toMatchObject({ ok: true, entry: { from: 'EOI_SUBMITTED', to: 'LOCATION_VERIFIED', actor: 'Test Officer', at: NOW } });
  });

  it('grants only after security and eligibility checks pass and entry clearance is recorded', () => {
    const inChecks = application({ state: 'CHECKS', checks: { ...passed, security: 'NOT_DONE' } });
    expect(move(inChecks, 'GRANTED')).toMatchObject({ ok: false, message: expect.stringContaining('the security check must be recorded as passed first') });
    // The screen says what holds the grant back, beside the one button left (Refuse).
    expect(allowedTransferMoves(inChecks, NOW)).toEqual(['REFUSED']);
    expect(heldBackTransferMoves(inChecks, NOW)).toEqual([{ to: 'GRANTED', why: 'the security check must be recorded as passed first' }]);
    expect(move({ ...inChecks, checks: passed }, 'GRANTED')).toMatchObject({ ok: false, message: expect.stringContaining('record the entry clearance dates first') });
    const cleared = { ...inChecks, checks: passed, entryClearanceIssuedOn: '2025-10-01', entryClearanceValidUntil: '2025-12-31' };
    expect(move(cleared, 'GRANTED')).toMatchObject({ ok: true });
  });

  it('refuses travel on expired entry clearance, skipped steps, moves out of closed states, and a refusal without a reason', () => {
    const granted = application({ state: 'GRANTED', checks: passed, entryClearanceIssuedOn: '2025-07-01', entryClearanceValidUntil: '2025-10-01' });
    expect(move(granted, 'TRAVELLED')).toMatchObject({ ok: false, message: expect.stringContaining('the entry clearance ended on 1 Oct 2025') });
    expect(move(application(), 'SELECTED')).toMatchObject({ ok: false, message: expect.stringContaining('only one in "Held in the pool (window open)" can') });
    expect(move(application({ state: 'REFUSED' }), 'HELD')).toMatchObject({ ok: false, message: expect.stringContaining('it is closed') });
    expect(move(application(), 'REFUSED')).toMatchObject({ ok: false, kind: 'REASON_REQUIRED' });
    expect(move(application(), 'EOI_SUBMITTED')).toMatchObject({ ok: false, message: 'An application cannot move back to "Expression of interest submitted"' });
  });

  it('takes a child only with a family, and entry clearance for at most 3 months', () => {
    const child = TransferInput.safeParse(transferInput({ dateOfBirth: '2015-01-01' }));
    expect(child.success ? [] : child.error.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['familyReference', 'A child applies only as part of a family led by an adult: enter the family reference'],
    ]);
    expect(TransferInput.safeParse(transferInput({ dateOfBirth: '2015-01-01', familyReference: 'FAM-12' })).success).toBe(true);
    const long = TransferInput.safeParse(transferInput({ entryClearanceIssuedOn: '2025-11-30', entryClearanceValidUntil: '2026-03-01' }));
    expect(long.success ? [] : long.error.issues.map((i) => i.message)).toEqual(['Entry clearance is valid for up to 3 months: at most until 28 Feb 2026']);
  });
});

describe('transfers on the device', () => {
  let t: TempEngine;
  afterEach(() => t?.cleanup());

  it('walks an application to arrival, making the person a SAFE_ROUTE arrival, every step audited and queued', async () => {
    t = createTempEngine();
    t.ctx = testContext({ now: () => new Date(NOW) });
    const view = await walkTransferToArrival(t, 'UKEATS-0042', '2025-10-19T14:00:00.000Z');
    expect(view.transfer).toMatchObject({ state: 'ARRIVED_UK', arrivedUkAt: '2025-10-19T14:00:00.000Z' });
    expect(view.transfer.history.map((h) => h.to)).toEqual(['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED', 'ARRIVED_UK']);
    expect(view.allowedMoves).toEqual([]);
    const person = await callOk(t, 'arrivals.get', { id: view.transfer.arrivalId! });
    expect(person).toMatchObject({ route: 'SAFE_ROUTE', familyName: 'Gebremedhin', ageStatus: 'ADULT', arrivedAt: '2025-10-19T14:00:00.000Z', status: 'FINAL' });
    const count = (sql: string) => (t.engine.db.prepare(sql).get(view.transfer.id) as { n: number }).n;
    expect(count("SELECT count(*) AS n FROM audit_log WHERE record_type = 'transfer' AND record_id = ?")).toBe(9);
    expect(count("SELECT count(*) AS n FROM outbox WHERE record_type = 'transfer' AND record_id = ?")).toBe(9);
  });

  it('refuses a duplicate application reference, an arrival without its time, and a stale version', async () => {
    t = createTempEngine();
    const first = await callOk(t, 'transfers.create', transferInput());
    expect(await callError(t, 'transfers.create', transferInput())).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'applicationReference', message: `Transfer ${first.transfer.reference} already has this application reference` }],
    });
    expect(await callError(t, 'transfers.advance', { id: first.transfer.id, version: 1, to: 'REFUSED' })).toMatchObject({ code: 'VALIDATION', issues: [{ path: 'reason' }] });
    const refused = await callOk(t, 'transfers.advance', { id: first.transfer.id, version: 1, to: 'REFUSED', reason: 'Not in France at the location check (synthetic)' });
    expect(await callError(t, 'transfers.advance', { id: first.transfer.id, version: 1, to: 'HELD' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('changed since you opened it') });
    expect(await callError(t, 'transfers.advance', { id: first.transfer.id, version: refused.transfer.version, to: 'HELD' })).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('it is closed') });
  });

  it('refuses an arrival dated before the entry clearance was issued: the balance counts it in the week it arrived', async () => {
    t = createTempEngine();
    t.ctx = testContext({ now: () => new Date(NOW) });
    let view = await callOk(t, 'transfers.create', transferInput({
      checks: passed, entryClearanceIssuedOn: '2025-10-10', entryClearanceValidUntil: '2026-01-09',
    }));
    for (const to of ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'] as const) {
      view = await callOk(t, 'transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
    }
    const arrive = (arrivedUkAt: string) => ({ id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK' as const, arrivedUkAt });
    expect(await callError(t, 'transfers.advance', arrive('2025-10-09T22:30:00.000Z'))).toMatchObject({
      code: 'VALIDATION',
      issues: [{ path: 'arrivedUkAt', message: 'The arrival cannot be before the entry clearance was issued (10 Oct 2025)' }],
    });
    // 23:30 UK time on the 9th is still the 9th; 00:30 BST on the 10th is the day it was issued.
    expect((await callOk(t, 'transfers.advance', arrive('2025-10-09T23:30:00.000Z'))).transfer.state).toBe('ARRIVED_UK');
  });

  it('lists newest first, by state, and finds an application by name or reference', async () => {
    t = createTempEngine();
    await callOk(t, 'transfers.create', transferInput({ applicationReference: 'UKEATS-0001', familyName: 'Gebremedhin' }));
    const second = await callOk(t, 'transfers.create', transferInput({ applicationReference: 'UKEATS-0002', familyName: 'Yousef', nationality: 'SDN' }));
    const names = async (query: Record<string, unknown>) => (await callOk(t, 'transfers.list', query)).items.map((i) => i.name);
    expect(await names({})).toEqual(['Yousef, Ruth', 'Gebremedhin, Ruth']);
    expect(await names({ search: 'yous' })).toEqual(['Yousef, Ruth']);
    expect(await names({ search: 'eats-0001' })).toEqual(['Gebremedhin, Ruth']);
    expect(await names({ search: second.transfer.reference.toLowerCase() })).toEqual(['Yousef, Ruth']);
    expect(await names({ state: 'ARRIVED_UK' })).toEqual([]);
  });
});
