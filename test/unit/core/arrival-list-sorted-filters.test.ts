import { afterEach, describe, expect, it } from 'vitest';
import { appCall, arrivalInput, createTempEngine, queriesPreparedWhile, type TempEngine } from '../../support/temp-engine';

/*
 * The People list under a filter, sorted by name or nationality. At a million people SQLite
 * took the filter's index and sorted every match (Eritrea by name: 2.6 s a page, the engine
 * held), so these pages walk the sort's own index instead (records/arrival-sort-walk.ts).
 */

let t: TempEngine;
afterEach(() => t?.cleanup());

async function list(query: Record<string, unknown>): Promise<string[]> {
  return (await appCall(t, 'arrivals.list', query)).items.map((i) => i.familyName);
}

/** The page queries the engine prepares while `run` lists people. */
const pageQueriesOf = async (run: () => Promise<unknown>) => (await queriesPreparedWhile(t, run)).filter((sql) => sql.includes('LIMIT @limit OFFSET @offset'));

const planOf = (sql: string, params: Record<string, unknown>) =>
  (t.engine.db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all({ limit: 100, offset: 0, ...params }) as { detail: string }[]).map((r) => r.detail).join('; ');

async function seedPeople() {
  const people = [
    { familyName: 'Yohannes', nationality: 'ERI', site: 'MAN', arrivedAt: '2025-08-06T01:00:00.000Z' },
    { familyName: 'Abraha', nationality: 'ERI', site: 'WJF', arrivedAt: '2025-08-07T01:00:00.000Z', vulnerability: { medical: ['HYPOTHERMIA'] } },
    { familyName: 'Mehari', nationality: 'ERI', site: 'MAN', arrivedAt: '2025-08-08T01:00:00.000Z', status: 'DRAFT' },
    { familyName: 'Karimi', nationality: 'IRN', site: 'MAN', arrivedAt: '2025-08-06T02:00:00.000Z', vulnerability: { medical: ['INJURY'] } },
    { familyName: 'Ahmadi', nationality: 'AFG', site: 'KIU', arrivedAt: '2025-08-09T01:00:00.000Z' },
  ];
  for (const person of people) await appCall(t, 'arrivals.create', arrivalInput(person));
}

describe('the People list sorted under a filter', () => {
  it('gives the filtered people in name and nationality order, both ways, for every kind of filter', async () => {
    t = createTempEngine();
    await seedPeople();
    const byName = (filter: Record<string, unknown>, direction = 'asc') => list({ filter, sort: 'familyName', direction });
    expect(await byName({ nationality: 'ERI' })).toEqual(['Abraha', 'Mehari', 'Yohannes']);
    expect(await byName({ nationality: 'ERI' }, 'desc')).toEqual(['Yohannes', 'Mehari', 'Abraha']);
    expect(await byName({ site: 'MAN' })).toEqual(['Karimi', 'Mehari', 'Yohannes']);
    expect(await byName({ site: 'MAN', nationality: 'ERI' })).toEqual(['Mehari', 'Yohannes']);
    expect(await byName({ vulnerable: true })).toEqual(['Abraha', 'Karimi']);
    expect(await byName({ vulnerable: false })).toEqual(['Ahmadi', 'Mehari', 'Yohannes']);
    expect(await byName({ status: 'DRAFT' })).toEqual(['Mehari']);
    // 02:00 UTC on 9 August is 03:00 on the 9th in London: outside a range ending on the 8th.
    expect(await byName({ from: '2025-08-06', to: '2025-08-08' })).toEqual(['Abraha', 'Karimi', 'Mehari', 'Yohannes']);
    expect(await byName({ from: '2025-08-08' })).toEqual(['Ahmadi', 'Mehari']);
    expect(await byName({ site: 'MAN', vulnerable: false, to: '2025-08-07' })).toEqual(['Yohannes']);
    const byNationality = (filter: Record<string, unknown>, direction = 'asc') => list({ filter, sort: 'nationality', direction });
    expect(await byNationality({ site: 'MAN' })).toEqual(['Yohannes', 'Mehari', 'Karimi']);
    expect(await byNationality({ site: 'MAN' }, 'desc')).toEqual(['Karimi', 'Mehari', 'Yohannes']);
    expect(await byNationality({ nationality: 'ERI' })).toEqual(['Yohannes', 'Abraha', 'Mehari']);
    expect(await list({ filter: { site: 'MAN' }, sort: 'familyName', direction: 'asc', offset: 1, limit: 1 })).toEqual(['Mehari']);
  });

  it('walks the sort’s own index for each filter, never sorting every match (at a million people: 2–4.5 s a page)', async () => {
    t = createTempEngine();
    await seedPeople();
    const filters: Record<string, unknown>[] = [
      { nationality: 'ERI' },
      { site: 'MAN' },
      { status: 'FINAL' },
      { vulnerable: true },
      { vulnerable: false },
      { from: '2025-01-01', to: '2025-12-31' },
      { site: 'MAN', nationality: 'ERI', vulnerable: true },
    ];
    for (const filter of filters) {
      for (const sort of ['familyName', 'nationality']) {
        if (sort === 'nationality' && filter.nationality) continue;
        const [sql] = await pageQueriesOf(() => list({ filter, sort, direction: 'asc' }));
        const params = { ...filter, from: '2025-01-01T00:00:00.000Z', to: '2026-01-01T00:00:00.000Z' };
        const plan = planOf(sql!, params);
        expect(plan, `${JSON.stringify(filter)} by ${sort}`).not.toMatch(/TEMP B-TREE FOR ORDER BY/);
        // "Not vulnerable" read from every record was a scan of everyone; the partial index lists the vulnerable.
        expect(plan, `${JSON.stringify(filter)} by ${sort}`).not.toMatch(/SCAN arrivals(;|$)/);
      }
    }
  });
});
