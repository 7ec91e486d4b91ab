import type { PurgeSummary, RetentionConfigureInput } from '../../../shared/domain/retention';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import type { RequestContext } from '../records/context';

export const RETENTION_DAYS_KEY = 'retention.days';
export const LAST_PURGE_KEY = 'retention.lastPurge';

function readSetting(db: Db, key: string): string | undefined {
  return (stmt(db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
}

function writeSetting(db: Db, key: string, value: string): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}

/**
 * Days a record stays on this device after it is safe at the centre; null keeps records.
 * Off until a supervisor sets a period: the app never removes records on its own initiative
 * (an upgraded device, or demo data seeded as "safe at the centre", keeps everything).
 */
export function readRetentionDays(db: Db): number | null {
  const value = readSetting(db, RETENTION_DAYS_KEY);
  const days = Number(value);
  return value !== undefined && value !== 'keep' && Number.isInteger(days) && days >= 1 ? days : null;
}

/** Changes the period; kept in the audit log (who, when, old → new) as every setting change is. */
export function configureRetention(db: Db, device: Device, ctx: RequestContext, input: RetentionConfigureInput): void {
  db.transaction(() => {
    const before = readRetentionDays(db);
    writeSetting(db, RETENTION_DAYS_KEY, input.days === null ? 'keep' : String(input.days));
    stmt(
      db,
      `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes)
       VALUES ('setting', ?, 'update', ?, ?, ?, ?, ?)`,
    ).run(RETENTION_DAYS_KEY, ctx.officer.id, ctx.officer.name, device.id, ctx.now().toISOString(), JSON.stringify({ retentionDays: [before, input.days] }));
  }).immediate();
}

export function readLastPurge(db: Db): PurgeSummary | null {
  const value = readSetting(db, LAST_PURGE_KEY);
  return value ? (JSON.parse(value) as PurgeSummary) : null;
}

export function writeLastPurge(db: Db, summary: PurgeSummary): void {
  writeSetting(db, LAST_PURGE_KEY, JSON.stringify(summary));
}
