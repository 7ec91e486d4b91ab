import { IDLE_LOCK_MINUTES } from '../../../shared/domain/session';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const KEY = 'session.idleLockMinutes';

/** Minutes without activity before the session locks (a supervisor's setting, per device). */
export function readIdleLockMinutes(db: Db): number {
  const value = Number((stmt(db, 'SELECT value FROM settings WHERE key = ?').get(KEY) as { value: string } | undefined)?.value);
  return Number.isInteger(value) && value >= IDLE_LOCK_MINUTES.min && value <= IDLE_LOCK_MINUTES.max ? value : IDLE_LOCK_MINUTES.default;
}

export function writeIdleLockMinutes(db: Db, minutes: number): void {
  stmt(db, 'INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(KEY, String(minutes));
}
