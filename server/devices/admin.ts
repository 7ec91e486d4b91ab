import type { Queryable } from '../db/database';

export interface DeviceSummary {
  id: string;
  code: string;
  enrolledAt: string;
  lastSeenAt: string | null;
  lastAppliedSeq: number;
  revokedAt: string | null;
}

type DeviceRow = { id: string; code: string; enrolled_at: Date; last_seen_at: Date | null; last_applied_seq: number; revoked_at: Date | null };
const COLUMNS = 'id, code, enrolled_at, last_seen_at, last_applied_seq, revoked_at';

function summary(r: DeviceRow): DeviceSummary {
  return {
    id: r.id,
    code: r.code,
    enrolledAt: r.enrolled_at.toISOString(),
    lastSeenAt: r.last_seen_at?.toISOString() ?? null,
    lastAppliedSeq: r.last_applied_seq,
    revokedAt: r.revoked_at?.toISOString() ?? null,
  };
}

export async function listDevices(db: Queryable): Promise<DeviceSummary[]> {
  const rows = await db.query<DeviceRow>(`SELECT ${COLUMNS} FROM devices ORDER BY enrolled_at, id`);
  return rows.map(summary);
}

/**
 * A device by its id, or by the 5-character code the app shows in its status bar ("device
 * 450WT"): what an officer reads out to an administrator. Enrolment keeps codes unique.
 */
export async function findDevice(db: Queryable, by: { id: string } | { code: string }): Promise<DeviceSummary | null> {
  const [sql, value] = 'id' in by ? [`SELECT ${COLUMNS} FROM devices WHERE id = $1`, by.id] : [`SELECT ${COLUMNS} FROM devices WHERE code = $1`, by.code];
  const [row] = await db.query<DeviceRow>(sql, [value]);
  return row ? summary(row) : null;
}

/** Revokes at once: every request looks the token up afresh. Returns false for an unknown id. */
export async function revokeDevice(db: Queryable, id: string): Promise<boolean> {
  const rows = await db.query<{ id: string }>('UPDATE devices SET revoked_at = coalesce(revoked_at, now()) WHERE id = $1 RETURNING id', [id]);
  return rows.length > 0;
}
