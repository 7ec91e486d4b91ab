import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../../../server/db/database';
import { PULL_PAGE_SQL } from '../../../server/sync/pull';
import { openTestDatabase } from '../../support/central';

const DEVICE = '01900000-0000-7000-8000-000000000001';
const RECORDS = 20_000;
const PAGE = 1001;

interface PlanNode {
  'Node Type': string;
  'Relation Name'?: string;
  'Actual Rows': number;
  Plans?: PlanNode[];
}

function scans(node: PlanNode): PlanNode[] {
  return [...(node['Relation Name'] ? [node] : []), ...(node.Plans ?? []).flatMap(scans)];
}

// Real PostgreSQL: its planner is what is checked. A pull page deep into the log must read a page's worth of rows, not everything before it.
describe('a pull page reads only the rows it serves (real PostgreSQL)', () => {
  let db: Database;
  beforeAll(async () => {
    db = await openTestDatabase('postgres');
    await db.query(`INSERT INTO devices (id, code, token_hash) VALUES ($1, 'PLAN1', 'not a real token hash')`, [DEVICE]);
    await db.query(
      `WITH x AS (SELECT g::bigint AS v, ('01900000-0000-7000-8000-' || lpad(to_hex(g), 12, '0'))::uuid AS rid FROM generate_series(1, $2::int) g),
       logged AS (
         INSERT INTO change_log (version, record_type, record_id, payload, content_hash, device_id, device_seq, officer_id, recorded_at, device_recorded_at, recorded_at_clamped)
         SELECT v, 'arrival', rid, json_build_object('id', rid), md5(v::text) || md5(v::text), $1, v, 'officer', now(), 'now', false FROM x)
       INSERT INTO records (record_type, record_id, version, content_hash, device_id, device_seq, officer_id, recorded_at, created_at, updated_at)
       SELECT 'arrival', rid, v, md5(v::text) || md5(v::text), $1, v, 'officer', now(), now(), now() FROM x`,
      [DEVICE, RECORDS],
    );
    await db.query('ANALYZE records, change_log');
  });
  afterAll(() => db?.close());

  it.each([0, RECORDS / 2, RECORDS - PAGE])('after version %i, each table is read for one page at most', async (after) => {
    const [row] = await db.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`EXPLAIN (ANALYZE, FORMAT JSON) ${PULL_PAGE_SQL}`, [after, PAGE]);
    const read = scans(row!['QUERY PLAN'][0].Plan);
    expect(read.map((s) => s['Relation Name']).sort()).toEqual(['change_log', 'records']);
    for (const scan of read) expect(scan['Actual Rows'], `${scan['Relation Name']} rows read`).toBeLessThanOrEqual(PAGE);
  });
});
