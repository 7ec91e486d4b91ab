import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { RequestContext } from '../../../electron/core/records/context';
import { WINDOW } from '../../../electron/core/retention/purge';
import { applyPulledPage } from '../../../electron/core/sync/apply-pulled';
import { storePushAnswer } from '../../../electron/core/sync/outbox';
import type { Method } from '../../../shared/api';
import type { PushResponse } from '../../../shared/sync';
import { seedDatabase } from '../../fixtures/synthetic/seed-database';
import { arrivalInput, createTempEngine, interceptionInput, testContext, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

const DAY = 86_400_000;
const NOW = Date.now();
const daysAgo = (n: number) => new Date(NOW - n * DAY);
const at = (when: Date): RequestContext => testContext({ now: () => when });

async function call<T = unknown>(method: Method, input: unknown, ctx: RequestContext = t.ctx): Promise<T> {
  const result = await dispatch(t.engine.handlers, method, input, ctx);
  if (!result.ok) throw Object.assign(new Error(result.error.message), { code: result.error.code });
  return result.value as T;
}

async function refused(method: Method, input: unknown, ctx: RequestContext = t.ctx): Promise<string> {
  const result = await dispatch(t.engine.handlers, method, input, ctx);
  if (result.ok) throw new Error(`${method} was not refused`);
  return result.error.code;
}

/** The centre applies everything pending, answering at `when` (as a real push would store it). */
function centreAcknowledges(when: Date): void {
  const db = t.engine.db;
  const pending = db.prepare("SELECT seq FROM outbox WHERE state = 'pending' ORDER BY seq").all() as { seq: number }[];
  if (pending.length === 0) return;
  const response: PushResponse = {
    batchId: '0190a5f0-0000-7000-8000-0000000000aa',
    lastAppliedSeq: pending.at(-1)!.seq,
    results: pending.map((p, i) => ({ seq: p.seq, status: 'applied', version: 1000 + p.seq + i })),
  };
  storePushAnswer(db, response, when);
}

const person = async (familyName: string, extra: Record<string, unknown> = {}, ctx = at(daysAgo(45))) =>
  call<{ id: string; version: number }>('arrivals.create', arrivalInput({ familyName, documents: [{ type: 'PASSPORT', number: `P${familyName.toUpperCase()}1`, issuingState: 'ERI', expiryDate: null }], ...extra }), ctx);

const count = (sql: string, ...params: unknown[]) => (t.engine.db.prepare(sql).get(...params) as { n: number }).n;

async function searchFinds(name: string): Promise<number> {
  const list = await call<{ items: unknown[] }>('arrivals.list', { filter: { search: name } });
  return list.items.length;
}

describe('retention purge', () => {
  it('removes only records safe at the centre for longer than the period, with every index row, and keeps what is still needed', async () => {
    t = createTempEngine();
    const old = at(daysAgo(45));
    // Boat X: two people safe long ago, one never sent, so the boat stays. Boat Y: everyone safe long ago.
    const boatX = await call<{ id: string }>('interceptions.create', interceptionInput(), old);
    const boatY = await call<{ id: string }>('interceptions.create', interceptionInput(), old);
    const aziza = await person('Azizaqq', { interceptionId: boatX.id, route: 'SMALL_BOAT' });
    const bereket = await person('Bereketqq', { interceptionId: boatX.id, route: 'SMALL_BOAT' });
    const yonas = await person('Yonasqq', { interceptionId: boatY.id, route: 'SMALL_BOAT' });
    const withCase = await person('Casekeptqq');
    await call('returns.open', { arrivalId: withCase.id }, old);
    const changed = await person('Changedqq');
    centreAcknowledges(daysAgo(40));
    // Changed since it was safe: the correction is not yet at the centre.
    await call('arrivals.update', { id: changed.id, version: changed.version, changes: arrivalInput({ familyName: 'Changedqq', givenNames: 'Corrected' }) }, at(daysAgo(39)));
    const recent = await person('Recentqq', {}, at(daysAgo(12)));
    centreAcknowledges(daysAgo(10));
    // Never acknowledged by the centre, however old.
    const unsent = await person('Unsentqq', { interceptionId: boatX.id, route: 'SMALL_BOAT' }, at(daysAgo(60)));

    // Off by default: nothing is eligible and a purge does nothing.
    expect(await call('retention.status', {})).toMatchObject({ days: null, eligibleNow: 0 });
    expect((await call<{ purge: unknown }>('retention.purge', {})).purge).toBeNull();

    // An officer may not change it; out-of-range periods are explained.
    const officer = testContext({ officer: { ...t.ctx.officer, role: 'officer' } as RequestContext['officer'] });
    expect(await refused('retention.configure', { days: 30 }, officer)).toBe('FORBIDDEN');
    expect(await refused('retention.configure', { days: 0 })).toBe('VALIDATION');
    expect(await refused('retention.configure', { days: 3651 })).toBe('VALIDATION');

    // A long period: nothing is old enough yet.
    expect(await call('retention.configure', { days: 365 })).toMatchObject({ days: 365, eligibleNow: 0 });
    const status = await call<{ days: number; eligibleNow: number; keptForNow: number }>('retention.configure', { days: 30 });
    // aziza, bereket, yonas and boat Y; boat X waits for its unsent person; the open case keeps its person.
    expect(status).toMatchObject({ days: 30, eligibleNow: 4 });
    expect(status.keptForNow).toBe(1);

    const seqOf = (id: string) => (t.engine.db.prepare('SELECT seq FROM arrivals WHERE id = ?').get(id) as { seq: number }).seq;
    const azizaSeq = seqOf(aziza.id);
    expect(await searchFinds('Azizaqq')).toBe(1);
    expect(count('SELECT count(*) AS n FROM identity_keys WHERE arrival_seq = ?', azizaSeq)).toBeGreaterThan(0);

    const { purge } = await call<{ purge: { total: number; purged: Record<string, number>; auditRows: number } }>('retention.purge', {});
    expect(purge.purged).toMatchObject({ arrival: 3, interception: 1, returns_case: 0 });
    expect(purge.total).toBe(4);

    for (const gone of [aziza, bereket, yonas]) expect(await refused('arrivals.get', { id: gone.id })).toBe('NOT_FOUND');
    expect(await refused('interceptions.get', { id: boatY.id })).toBe('NOT_FOUND');
    expect(await searchFinds('Azizaqq')).toBe(0);
    expect(await searchFinds('Yonasqq')).toBe(0);
    expect(count('SELECT count(*) AS n FROM arrival_documents WHERE number = ?', 'PAZIZAQQ1')).toBe(0);
    expect(count('SELECT count(*) AS n FROM identity_keys WHERE arrival_seq = ?', azizaSeq)).toBe(0);
    expect(count('SELECT count(*) AS n FROM arrival_names WHERE rowid = ?', azizaSeq)).toBe(0);
    expect(count('SELECT count(*) AS n FROM audit_log WHERE record_id IN (?, ?, ?, ?)', aziza.id, bereket.id, yonas.id, boatY.id)).toBe(0);
    expect(count('SELECT count(*) AS n FROM outbox WHERE record_id IN (?, ?, ?, ?)', aziza.id, bereket.id, yonas.id, boatY.id)).toBe(0);
    // The deleted audit rows are remembered as runs (no personal data), for the chain check.
    expect(count('SELECT coalesce(sum(rows), 0) AS n FROM audit_purged_runs')).toBe(purge.auditRows);

    // Kept: the boat with an unsent person, the unsent, changed and recent people, the open case and its person.
    for (const kept of [unsent, changed, recent, withCase]) expect(await call<{ id: string }>('arrivals.get', { id: kept.id })).toMatchObject({ id: kept.id });
    expect(await call('interceptions.get', { id: boatX.id })).toMatchObject({ id: boatX.id });
    expect(await call('returns.get', { arrivalId: withCase.id })).toMatchObject({ case: expect.objectContaining({ arrivalId: withCase.id }) });
    expect(await searchFinds('Unsentqq')).toBe(1);

    // Idempotent: nothing more to do, and the last purge is reported.
    const again = await call<{ purge: { total: number }; status: { eligibleNow: number; lastPurge: { total: number } } }>('retention.purge', {});
    expect(again.purge.total).toBe(0);
    expect(again.status.eligibleNow).toBe(0);

    // Once the unsent person is safe and old enough, they and boat X go too.
    centreAcknowledges(daysAgo(31));
    expect(await call('retention.status', {})).toMatchObject({ eligibleNow: 2 });
    const later = await call<{ purge: { purged: Record<string, number> } }>('retention.purge', {});
    expect(later.purge.purged).toMatchObject({ arrival: 1, interception: 1 });

    // Turned off again: nothing is purged, whatever its age.
    expect(await call('retention.configure', { days: null })).toMatchObject({ days: null, eligibleNow: 0 });
    expect(count("SELECT count(*) AS n FROM audit_log WHERE record_type = 'setting' AND record_id = 'retention.days'")).toBe(3);
  });

  it('never purges a record the centre has not acknowledged, and a conflicted or rejected one stays', async () => {
    t = createTempEngine();
    await person('Pendingqq', {}, at(daysAgo(400)));
    const rejected = await person('Rejectedqq', {}, at(daysAgo(400)));
    const db = t.engine.db;
    await call('retention.configure', { days: 1 });
    expect(await call('retention.status', {})).toMatchObject({ eligibleNow: 0 });
    // The centre answered, but refused one of them: nothing is safe for that one.
    const rejectedSeq = (db.prepare('SELECT seq FROM outbox WHERE record_id = ?').get(rejected.id) as { seq: number }).seq;
    storePushAnswer(db, { batchId: '0190a5f0-0000-7000-8000-0000000000bb', lastAppliedSeq: rejectedSeq, results: [{ seq: rejectedSeq, status: 'rejected', issues: [{ path: 'x', message: 'no' }] }] }, daysAgo(300));
    const { purge } = await call<{ purge: { total: number } }>('retention.purge', {});
    expect(purge.total).toBe(0);
    expect(count('SELECT count(*) AS n FROM arrivals')).toBe(2);
  });

  it('keeps the audit chain whole when a purged record’s history ends with a change received from the centre', async () => {
    t = createTempEngine();
    const old = at(daysAgo(45));
    const aziza = await person('Azizaqq', {}, old);
    await person('Bereketqq', {}, old);
    centreAcknowledges(daysAgo(40));
    // Another laptop corrected Aziza; the pull puts that in her history here (no link of this device's chain).
    const stored = await call<Record<string, unknown>>('arrivals.get', { id: aziza.id });
    const payload = { ...stored, placeOfBirth: 'Keren', version: 2 };
    applyPulledPage(t.engine.db, [{
      version: 5000, recordType: 'arrival', recordId: aziza.id, payload, contentHash: 'a'.repeat(64),
      officerId: t.ctx.officer.id, deviceId: '0190a5f0-0000-7000-8000-00000000dead', recordedAt: daysAgo(41).toISOString(), committedAt: daysAgo(41).toISOString(),
    }], 'cursor-1');
    expect((await call<{ receivedFromCentre: boolean }[]>('audit.forRecord', { recordId: aziza.id })).map((e) => e.receivedFromCentre)).toEqual([false, true]);
    await person('Recentqq', {}, at(daysAgo(2)));
    centreAcknowledges(daysAgo(1));

    await call('retention.configure', { days: 30 });
    const { purge } = await call<{ purge: { purged: Record<string, number> } }>('retention.purge', {});
    expect(purge.purged).toMatchObject({ arrival: 2 });
    const chain = await call('audit.chainStatus', {});
    expect(chain).toMatchObject({ intact: true, breakCount: 0, verified: 1, purged: 2 });
  });

  it('forgets the spellings of names no one left on the device bears, and keeps the others', async () => {
    t = createTempEngine();
    await person('Zerezghiqq', { givenNames: 'Abdul Rahman' });
    await person('Tesfaqq', { givenNames: 'Abdul Rahman' }, at(daysAgo(2)));
    centreAcknowledges(daysAgo(40));
    const filed = () => (t.engine.db.prepare('SELECT term FROM name_spellings ORDER BY term').all() as { term: string }[]).map((r) => r.term);
    expect(filed()).toEqual(expect.arrayContaining(['zerezghiqq', 'tesfaqq', 'abdul rahman']));
    await call('retention.configure', { days: 30 });
    const { purge } = await call<{ purge: { total: number } }>('retention.purge', {});
    expect(purge.total).toBe(1);
    expect(filed()).not.toContain('zerezghiqq');
    expect(filed()).toEqual(expect.arrayContaining(['tesfaqq', 'abdul rahman']));
  });

  it('purges 20,000 people and their boats in windows, and the app can be used between them', async () => {
    t = createTempEngine();
    seedDatabase(t.engine.db, { seed: 7, people: 20_000, end: daysAgo(60) });
    const people = count('SELECT count(*) AS n FROM arrivals');
    const boats = count('SELECT count(*) AS n FROM interceptions');
    expect(people).toBeGreaterThanOrEqual(20_000);
    const counting = performance.now();
    const status = await call<{ eligibleNow: number }>('retention.configure', { days: 30 });
    console.log(`retention status: ${status.eligibleNow} eligible, counted in ${(performance.now() - counting).toFixed(0)} ms`);
    expect(status.eligibleNow).toBe(people + boats);
    // Other work gets its turn while the purge runs: count how often a timer fired meanwhile.
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    const started = performance.now();
    const { purge } = await call<{ purge: { total: number; batches: number; purged: Record<string, number> } }>('retention.purge', {});
    const ms = performance.now() - started;
    clearInterval(ticker);
    console.log(`retention purge: ${purge.total} records (${people} people, ${boats} boats) in ${purge.batches} transactions, ${ms.toFixed(0)} ms; other work ran ${turns} times meanwhile`);
    expect(purge.purged).toMatchObject({ arrival: people, interception: boats });
    expect(purge.batches).toBeGreaterThanOrEqual(Math.ceil(people / WINDOW));
    expect(turns).toBeGreaterThan(10);
    expect(count('SELECT count(*) AS n FROM arrivals')).toBe(0);
    expect(count('SELECT count(*) AS n FROM identity_keys')).toBe(0);
    expect(count('SELECT count(*) AS n FROM arrival_documents')).toBe(0);
    expect(count('SELECT count(*) AS n FROM arrival_names')).toBe(0);
    expect(await call('retention.status', {})).toMatchObject({ eligibleNow: 0 });
  }, 120_000);
});
