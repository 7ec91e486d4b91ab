import type { PurgeSummary, RetentionConfigureInput } from '../../../shared/domain/retention';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { readSetting, writeSetting } from '../db/settings';
import { changeAuditedSetting } from '../records/audited-setting';
import type { RequestContext } from '../records/context';

export const RETENTION_DAYS_KEY = 'retention.days';
export const LAST_PURGE_KEY = 'retention.lastPurge';

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
  const value = input.days === null ? 'keep' : String(input.days);
  changeAuditedSetting(db, device.id, ctx, { key: RETENTION_DAYS_KEY, value, field: 'retentionDays', before: readRetentionDays(db), after: input.days });
}

export function readLastPurge(db: Db): PurgeSummary | null {
  const value = readSetting(db, LAST_PURGE_KEY);
  return value ? (JSON.parse(value) as PurgeSummary) : null;
}

export function writeLastPurge(db: Db, summary: PurgeSummary): void {
  writeSetting(db, LAST_PURGE_KEY, JSON.stringify(summary));
}
