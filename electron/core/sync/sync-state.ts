import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

/**
 * The sync client's own small facts (central API address, device token, pull cursor, last
 * result), in the encrypted database: the device token is as protected as the records.
 */
export type SyncStateKey = 'apiUrl' | 'deviceToken' | 'pullCursor' | 'lastResult' | 'enrolledAt' | 'lastReceipt' | 'auditChainCheckedThrough' | 'pushBatchLimit' | 'pullPageLimit';

export function readSyncState(db: Db, key: SyncStateKey): string | null {
  return (stmt(db, 'SELECT value FROM sync_state WHERE key = ?').get(key) as { value: string } | undefined)?.value ?? null;
}

export function writeSyncState(db: Db, key: SyncStateKey, value: string | null): void {
  if (value === null) stmt(db, 'DELETE FROM sync_state WHERE key = ?').run(key);
  else stmt(db, 'INSERT INTO sync_state (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(key, value);
}
