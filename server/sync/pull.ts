import type { PulledChange, PullQuery, PullResponse } from '../../shared/sync';
import type { Queryable } from '../db/database';
import { HttpError } from '../http/errors';
import { decodeCursor, encodeCursor } from './cursor';
import { currentVersion } from './version-clock';

interface Row {
  version: number;
  record_type: string;
  record_id: string;
  payload: unknown;
  content_hash: string;
  officer_id: string;
  device_id: string;
  recorded_at: Date;
  updated_at: Date;
}

/**
 * Records changed since the cursor, in version order — which is commit order, because
 * versions come from the clock in server/sync/version-clock.ts. Each record appears at its
 * newest version only; one that changes again while a client pages moves to a higher version
 * and is served again later, so nothing is skipped. One statement, so one snapshot.
 */
export async function pull(db: Queryable, query: PullQuery): Promise<PullResponse> {
  const after = decodeCursor(query.cursor);
  // Only possible if the centre was restored from a backup taken before this cursor was served.
  if (after > (await currentVersion(db))) {
    throw new HttpError(409, 'CONFLICT', 'The centre is behind this cursor (restored from a backup?): pull again from the beginning and re-send unconfirmed changes');
  }
  const rows = await db.query<Row>(
    `SELECT version, record_type, record_id, payload, content_hash, officer_id, device_id, recorded_at, updated_at
       FROM records
      WHERE version > $1
      ORDER BY version
      LIMIT $2`,
    [after, query.limit + 1],
  );
  const page = rows.slice(0, query.limit);
  const changes: PulledChange[] = page.map((r) => ({
    version: r.version,
    recordType: r.record_type,
    recordId: r.record_id,
    payload: r.payload,
    contentHash: r.content_hash,
    officerId: r.officer_id,
    deviceId: r.device_id,
    recordedAt: r.recorded_at.toISOString(),
    committedAt: r.updated_at.toISOString(),
  }));
  return { changes, cursor: encodeCursor(page.at(-1)?.version ?? after), hasMore: rows.length > query.limit };
}
