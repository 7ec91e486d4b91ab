import type { Db } from '../db/connection';
import { writeSetting } from '../db/settings';
import { stmt } from '../db/statements';
import type { RequestContext } from './context';

export interface SettingChange {
  key: string;
  /** The stored text. */
  value: string;
  /** How the audit trail names the change, with its old and new values. */
  field: string;
  before: unknown;
  after: unknown;
}

/**
 * Changes a device setting and keeps who changed it, when, and old → new in the audit log,
 * in one transaction. Settings do not sync, so the entry is not a link of the audit chain.
 */
export function changeAuditedSetting(db: Db, deviceId: string, ctx: Pick<RequestContext, 'officer' | 'now'>, change: SettingChange): void {
  db.transaction(() => {
    writeSetting(db, change.key, change.value);
    stmt(
      db,
      `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes)
       VALUES ('setting', ?, 'update', ?, ?, ?, ?, ?)`,
    ).run(change.key, ctx.officer.id, ctx.officer.name, deviceId, ctx.now().toISOString(), JSON.stringify({ [change.field]: [change.before, change.after] }));
  }).immediate();
}
