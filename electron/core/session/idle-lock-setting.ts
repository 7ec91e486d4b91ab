import { IDLE_LOCK_MINUTES } from '../../../shared/domain/session';
import type { Db } from '../db/connection';
import { readSetting } from '../db/settings';
import { changeAuditedSetting } from '../records/audited-setting';
import type { RequestContext } from '../records/context';

const KEY = 'session.idleLockMinutes';

/** Minutes without activity before the session locks (a supervisor's setting, per device). */
export function readIdleLockMinutes(db: Db): number {
  const value = Number(readSetting(db, KEY));
  return Number.isInteger(value) && value >= IDLE_LOCK_MINUTES.min && value <= IDLE_LOCK_MINUTES.max ? value : IDLE_LOCK_MINUTES.default;
}

/** Changes the idle time, kept in the audit log like every setting change. */
export function writeIdleLockMinutes(db: Db, deviceId: string, ctx: Pick<RequestContext, 'officer' | 'now'>, minutes: number): void {
  changeAuditedSetting(db, deviceId, ctx, { key: KEY, value: String(minutes), field: 'idleLockMinutes', before: readIdleLockMinutes(db), after: minutes });
}
