import type { PullQuery } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { decodeCursor, encodeCursor } from './cursor';
import { currentVersion } from './version-clock';

interface Row {
  version: number;
  record_type: string;
  record_id: string;
  /** The JSON text as pushed (change_log.payload), never parsed here. */
  payload: string;
  content_hash: string;
  officer_id: string;
  device_id: string;
  recorded_at: Date;
  updated_at: Date;
}

/**
 * `l.version > $1` repeats what the join implies: PostgreSQL carries equalities across a join
 * but not ranges, and without it the merge join it picks reads change_log from its first
 * version up to the cursor on every page — a pull of N records cost O(N²), the last pages of
 * a large centre tens of milliseconds each. With it both index scans start at the cursor.
 */
export const PULL_PAGE_SQL = `SELECT r.version, r.record_type, r.record_id, l.payload::text AS payload, r.content_hash, r.officer_id, r.device_id, r.recorded_at, r.updated_at
       FROM records r
       JOIN change_log l ON l.version = r.version
      WHERE r.version > $1 AND l.version > $1
      ORDER BY r.version
      LIMIT $2`;

/** A PullResponse (shared/sync.ts) as JSON text, and what the log line needs. */
export interface PullPage {
  json: string;
  changes: number;
  hasMore: boolean;
}

/**
 * Records changed since the cursor, in version order — which is commit order, because
 * versions come from the clock in server/sync/version-clock.ts. Each record appears at its
 * newest version only; one that changes again while a client pages moves to a higher version
 * and is served again later, so nothing is skipped. One statement, so one snapshot.
 *
 * The answer is written as text with each payload spliced in as stored: parsing the
 * payloads only to serialise them again was most of a pull's time at the centre.
 */
export async function pull(db: Queryable, query: PullQuery): Promise<PullPage> {
  const after = decodeCursor(query.cursor);
  // Only possible if the centre was restored from a backup taken before this cursor was served.
  if (after > (await currentVersion(db))) {
    throw new HttpError(409, 'CONFLICT', 'The centre is behind this cursor (restored from a backup?): pull again from the beginning and re-send unconfirmed changes');
  }
  const rows = await db.query<Row>(PULL_PAGE_SQL, [after, query.limit + 1]);
  const page = rows.slice(0, query.limit);
  const hasMore = rows.length > query.limit;
  const cursor = encodeCursor(page.at(-1)?.version ?? after);
  const json = `{"changes":[${page.map(pulledChangeJson).join(',')}],"cursor":${JSON.stringify(cursor)},"hasMore":${hasMore}}`;
  return { json, changes: page.length, hasMore };
}

/** One PulledChange, keys in the schema's order, the payload as stored. */
function pulledChangeJson(r: Row): string {
  const head = JSON.stringify({ version: r.version, recordType: r.record_type, recordId: r.record_id });
  const tail = JSON.stringify({
    contentHash: r.content_hash,
    officerId: r.officer_id,
    deviceId: r.device_id,
    recordedAt: r.recorded_at.toISOString(),
    committedAt: r.updated_at.toISOString(),
  });
  return `${head.slice(0, -1)},"payload":${r.payload},${tail.slice(1)}`;
}
