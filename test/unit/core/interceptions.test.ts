import { afterEach, describe, expect, it } from 'vitest';
import { contract } from '../../../shared/api';
import { dispatch } from '../../../electron/core/dispatch';
import { saveRecord } from '../../../electron/core/records/save-record';
import { TEST_SUPERVISOR } from '../../support/officers';
import { createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

const temps: TempEngine[] = [];
function fresh(): TempEngine {
  const t = createTempEngine();
  temps.push(t);
  return t;
}
afterEach(() => temps.splice(0).forEach((t) => t.cleanup()));

async function create(t: TempEngine, overrides: Record<string, unknown> = {}) {
  const result = await dispatch(t.engine.handlers, 'interceptions.create', interceptionInput(overrides), t.ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return contract['interceptions.create'].output.parse(result.value);
}

const count = (t: TempEngine, table: string) => (t.engine.db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;

describe('recording an interception', () => {
  it('writes the record, one audit entry and one outbox entry, and survives a reopen', async () => {
    const t = fresh();
    const saved = await create(t);
    expect(saved.reference).toMatch(/^WJF-[0-9A-HJKMNP-TV-Z]{5}-0001$/);
    expect(count(t, 'interceptions')).toBe(1);
    const audit = t.engine.db.prepare('SELECT * FROM audit_log').get() as { action: string; officer_id: string; changes: string };
    expect(audit.action).toBe('create');
    expect(audit.officer_id).toBe(TEST_SUPERVISOR.id);
    expect(JSON.parse(audit.changes).peopleAboard).toEqual([null, 58]);
    const outbox = t.engine.db.prepare('SELECT * FROM outbox').get() as { seq: number; state: string; payload: string };
    expect(outbox).toMatchObject({ seq: 1, state: 'pending' });
    expect(JSON.parse(outbox.payload).id).toBe(saved.id);

    t.reopen();
    const again = await dispatch(t.engine.handlers, 'interceptions.get', { id: saved.id }, t.ctx);
    expect(again).toEqual({ ok: true, value: saved });
  });

  it('writes nothing at all when any part of the save fails', () => {
    const t = fresh();
    const { db, device } = t.engine;
    // persist succeeds, then the audit entry cannot be written (no officer id to chain or store): all must roll back.
    const noOfficer = { ...t.ctx, officer: { id: null as unknown as string, name: 'Nobody', role: 'officer' as const } };
    expect(() =>
      db.transaction(() => {
        saveRecord(db, device, noOfficer, {
          type: 'interception',
          id: 'x',
          before: null,
          after: { id: 'x' },
          persist: () => db.prepare("INSERT INTO settings (key, value) VALUES ('probe', 'written')").run(),
        });
      })(),
    ).toThrow();
    expect([count(t, 'settings'), count(t, 'audit_log'), count(t, 'outbox')]).toEqual([0, 0, 0]);
  });

  it('numbers references per device and keeps them apart across devices', async () => {
    const a = fresh();
    const b = fresh();
    const refsA = [await create(a), await create(a, { site: 'MAN' })].map((r) => r.reference);
    const refB = (await create(b)).reference;
    expect(refsA[0]).toBe(`WJF-${a.engine.device.code}-0001`);
    expect(refsA[1]).toBe(`MAN-${a.engine.device.code}-0002`);
    expect(refB).toBe(`WJF-${b.engine.device.code}-0001`);
    expect(a.engine.device.code).not.toBe(b.engine.device.code);
  });

  it('lists newest first in pages without skipping or repeating', async () => {
    const t = fresh();
    for (let i = 0; i < 7; i++) await create(t, { detectedAt: `2025-08-0${i + 1}T02:00:00.000Z`, interceptedAt: null });
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const page = (await dispatch(t.engine.handlers, 'interceptions.list', { limit: 3, after }, t.ctx)) as { ok: true; value: { items: { detectedAt: string }[]; next: string | null } };
      seen.push(...page.value.items.map((i) => i.detectedAt));
      after = page.value.next;
    } while (after);
    expect(seen).toEqual([...seen].sort().reverse());
    expect(new Set(seen).size).toBe(7);
  });

  it('finds an interception by the start of its reference, in any case', async () => {
    const t = fresh();
    const saved = await create(t);
    await create(t, { site: 'MAN' });
    const result = await dispatch(t.engine.handlers, 'interceptions.list', { reference: saved.reference.toLowerCase() }, t.ctx);
    expect(result.ok && (result.value as { items: { id: string }[] }).items.map((i) => i.id)).toEqual([saved.id]);
    // What is typed is looked for as itself: "%" and "_" are not wildcards that list every boat.
    for (const typed of ['%', '_', 'W_F', 'WJF%']) {
      const odd = await dispatch(t.engine.handlers, 'interceptions.list', { reference: typed }, t.ctx);
      expect(odd.ok && (odd.value as { items: unknown[] }).items).toEqual([]);
    }
    const long = await dispatch(t.engine.handlers, 'interceptions.list', { reference: 'X'.repeat(41) }, t.ctx);
    expect(long).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'reference', message: 'A reference has at most 40 characters, e.g. WJF-K7M3Q-0042' }] } });
  });

  it('answers NOT_FOUND for an unknown id', async () => {
    const t = fresh();
    const result = await dispatch(t.engine.handlers, 'interceptions.get', { id: '01927f6e-0000-7000-8000-000000000000' }, t.ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });
});
