import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { topNationalities } from '../../../electron/core/records/dashboard-nationalities';
import type { Method } from '../../../shared/api';
import { parseCsv } from '../../../shared/csv';
import { seedDatabase } from '../../fixtures/synthetic/seed-database';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

async function call<T = Record<string, unknown>>(method: Method, input: unknown): Promise<T> {
  const result = await dispatch(t.engine.handlers, method, input, t.ctx);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value as T;
}

describe('CSV export', () => {
  it('writes RFC 4180 with a BOM that parses back to the same rows, awkward names included', async () => {
    t = createTempEngine();
    await call('arrivals.create', arrivalInput({ familyName: 'Núñez, "Pepe"', givenNames: 'José\nÁngel' }));
    await call('arrivals.create', arrivalInput({ familyName: '=HYPERLINK("x")', nationality: 'AFG' }));
    await call('arrivals.create', arrivalInput({ familyName: 'Other', site: 'WJF' }));
    const { csv, rows } = await call<{ csv: string; rows: number }>('arrivals.exportCsv', { filter: { site: 'MAN' } });
    expect(rows).toBe(2);
    expect(csv.startsWith('\uFEFFReference,Status,Family name')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    const parsed = parseCsv(csv);
    expect(parsed).toHaveLength(3);
    const list = await call<{ items: { reference: string; familyName: string; givenNames: string }[] }>('arrivals.list', { filter: { site: 'MAN' } });
    expect(parsed.slice(1).map((r) => [r[0], r[2], r[3]])).toEqual(
      list.items.map((i) => [i.reference, i.familyName.startsWith('=') ? `'${i.familyName}` : i.familyName, i.givenNames]),
    );
  });
});

describe('CSV export of needs', () => {
  it('says in words why a person is vulnerable, as the screens do, not only yes or no', async () => {
    t = createTempEngine();
    await call('arrivals.create', arrivalInput({ familyName: 'Cold', ageStatus: 'CLAIMED_CHILD', dateOfBirth: '2011-05-04', unaccompanied: true, vulnerability: { medical: ['HYPOTHERMIA'] } }));
    await call('arrivals.create', arrivalInput({ familyName: 'Well' }));
    const { csv } = await call<{ csv: string }>('arrivals.exportCsv', { filter: {} });
    const [header, ...rows] = parseCsv(csv);
    const needs = header!.indexOf('Needs');
    const byName = Object.fromEntries(rows.map((r) => [r[header!.indexOf('Family name')], r[needs]]));
    expect(byName).toEqual({ Cold: 'Hypothermia; Unaccompanied child', Well: '' });
  });
});

describe('dashboard', () => {
  it('counts boats, people, nationalities, sex/age, deaths and seizures by UK day', async () => {
    t = createTempEngine();
    await call('interceptions.create', interceptionInput({ detectedAt: '2025-08-05T23:30:00.000Z', interceptedAt: null, peopleAboard: 40, deaths: 1, missing: 2, vessel: { seized: true, seizureReference: 'SZ-1', engines: [{ make: 'Yamaha' }, { make: 'Tohatsu' }] } }));
    await call('interceptions.create', interceptionInput({ detectedAt: '2025-08-07T10:00:00.000Z', interceptedAt: null, peopleAboard: 60 }));
    await call('arrivals.create', arrivalInput({ sex: 'M', nationality: 'AFG', arrivedAt: '2025-08-05T23:45:00.000Z' }));
    await call('arrivals.create', arrivalInput({ sex: 'M', nationality: 'AFG', ageStatus: 'CLAIMED_CHILD', unaccompanied: true }));
    await call('arrivals.create', arrivalInput({ sex: 'F', nationality: 'ERI', arrivedAt: '2025-08-07T11:00:00.000Z' }));
    const summary = await call<Record<string, unknown>>('dashboard.summary', { from: '2025-08-06', to: '2025-08-07' });
    expect(summary).toMatchObject({
      boats: 2, people: 3, peopleAboard: 100, peoplePerBoat: 50, deaths: 1, missing: 2, vesselsSeized: 1, enginesSeized: 2,
      nationalities: [{ code: 'AFG', count: 2 }, { code: 'ERI', count: 1 }],
      sexAge: { adultMen: 1, adultWomen: 1, children: 1, other: 0 },
      perDay: [{ day: '2025-08-06', people: 2, boats: 1 }, { day: '2025-08-07', people: 1, boats: 1 }],
    });
  });

  it('counts every day of a range across a clock change, and refuses a range over ten years rather than holding the engine', async () => {
    t = createTempEngine();
    const days = (await call<{ perDay: { day: string }[] }>('dashboard.summary', { from: '2025-10-25', to: '2025-10-27' })).perDay.map((d) => d.day);
    expect(days).toEqual(['2025-10-25', '2025-10-26', '2025-10-27']);
    const tenYears = await call<{ perDay: unknown[] }>('dashboard.summary', { from: '2016-01-01', to: '2026-01-07' });
    expect(tenYears.perDay).toHaveLength(3660);
    expect(await dispatch(t.engine.handlers, 'dashboard.summary', { from: '2016-01-01', to: '2026-01-08' }, t.ctx)).toMatchObject({ ok: false });
    const result = await dispatch(t.engine.handlers, 'dashboard.summary', { from: '2000-01-01', to: '9999-12-31' }, t.ctx);
    expect(result).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'from', message: 'Choose at most 3,660 days (ten years)' }] } });
  });
});

describe('dashboard nationalities', () => {
  it('are the ten most arrived in the range, ties by code, as counting every person would give', () => {
    t = createTempEngine();
    seedDatabase(t.engine.db, { seed: 5, people: 3000, end: new Date('2026-06-30T12:00:00Z') });
    // Someone whose nationality is not recorded yet counts as unknown.
    t.engine.db.prepare("UPDATE arrivals SET data = json_remove(data, '$.nationality') WHERE seq IN (SELECT seq FROM arrivals ORDER BY seq DESC LIMIT 300)").run();
    const grouped = (start: string, end: string) =>
      t.engine.db
        .prepare(`SELECT coalesce(nationality, 'unknown') AS code, count(*) AS count FROM arrivals WHERE arrived_at >= ? AND arrived_at < ? GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 10`)
        .all(start, end);
    for (const [start, end] of [['2000-01-01', '2030-01-01'], ['2026-06-01', '2026-07-01'], ['2026-06-29T23:00', '2026-07-01'], ['2030-01-01', '2031-01-01']] as const) {
      expect(topNationalities(t.engine.db, { start, end })).toEqual(grouped(start, end));
    }
    expect(topNationalities(t.engine.db, { start: '2000-01-01', end: '2030-01-01' }).some((n) => n.code === 'unknown')).toBe(true);
  });
});
