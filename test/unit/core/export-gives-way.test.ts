import { afterEach, describe, expect, it } from 'vitest';
import { EXPORT_WINDOW_ROWS, exportWindows } from '../../../electron/core/records/arrival-export-windows';
import { ArrivalFilter } from '../../../shared/domain/arrival-query';
import { parseCsv } from '../../../shared/csv';
import { seedDatabase } from '../../fixtures/synthetic/seed-database';
import { appCall, createTempEngine, type TempEngine } from '../../support/temp-engine';

/*
 * A large CSV export must not hold the engine: at a million people, 176,000 people read in
 * one statement held it 3.3 s (every other screen waiting) and left the engine 190 MB larger.
 */

let t: TempEngine;
afterEach(() => t?.cleanup());

/** How many turns of the event loop other work got while `run` ran. */
async function turnsGivenDuring(run: () => Promise<unknown>): Promise<number> {
  let turns = 0;
  let running = true;
  const tick = () => {
    if (!running) return;
    turns++;
    setImmediate(tick);
  };
  setImmediate(tick);
  try {
    await run();
  } finally {
    running = false;
  }
  return turns;
}

type Export = { csv: string; rows: number };

describe('a large CSV export', () => {
  it('gives the engine back between windows, and lists everyone once, newest first, as the list does', async () => {
    t = createTempEngine();
    const { people } = seedDatabase(t.engine.db, { seed: 7, people: EXPORT_WINDOW_ROWS * 2 + 500 });
    const filters = [{}, { nationality: 'ERI' }, { from: '2000-01-01' }, { from: '2000-01-01', vulnerable: false }];
    for (const filter of filters) {
      let file: Export | undefined;
      const turns = await turnsGivenDuring(async () => (file = await appCall(t, 'arrivals.exportCsv', { filter })));
      const list = await appCall(t, 'arrivals.list', { filter, sort: 'arrivedAt', direction: 'desc', limit: 500, withTotal: true });
      expect(file!.rows, JSON.stringify(filter)).toBe(list.total);
      if (file!.rows > EXPORT_WINDOW_ROWS) expect(turns, JSON.stringify(filter)).toBeGreaterThanOrEqual(Math.floor(file!.rows / EXPORT_WINDOW_ROWS));
      const references = parseCsv(file!.csv).slice(1).map((row) => row[0]);
      expect(new Set(references).size).toBe(file!.rows);
      expect(references.slice(0, 500)).toEqual(list.items.map((i) => i.reference));
    }
    expect(people).toBeGreaterThan(EXPORT_WINDOW_ROWS * 2);
  });

  it('a search too, everyone it finds once, newest arrival first', async () => {
    t = createTempEngine();
    seedDatabase(t.engine.db, { seed: 8, people: EXPORT_WINDOW_ROWS * 2 + 500 });
    const file = await appCall(t, 'arrivals.exportCsv', { filter: { search: 'a' } });
    const list = await appCall(t, 'arrivals.list', { filter: { search: 'a' }, limit: 1 });
    expect(file.rows).toBe(list.total);
    const windows: number[] = [];
    for await (const window of exportWindows(t.engine.db, ArrivalFilter.parse({ search: 'a' }), 200)) windows.push(window.length);
    expect(windows).toHaveLength(Math.ceil(file.rows / 200));
    const [header, ...rows] = parseCsv(file.csv);
    expect(new Set(rows.map((row) => row[0])).size).toBe(file.rows);
    const arrived = rows.map((row) => row[header!.indexOf('Arrived (UTC)')]!);
    expect(arrived).toEqual([...arrived].sort().reverse());
  });
});
