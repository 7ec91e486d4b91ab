/*
 * What an officer is told when the laptop's storage, not their input, stopped a save. SQLite
 * rolls the transaction back, so nothing was changed; what matters is whether trying again
 * can help, and what to do instead. Keyed by SQLite's primary result code (better-sqlite3
 * gives the extended one, e.g. SQLITE_IOERR_WRITE).
 */
const DAMAGED =
  "The field recorder's database on this laptop is damaged, so nothing was saved. Stop recording on this laptop and tell your supervisor or IT; what is already safe at the centre is not affected.";

const MESSAGES: Record<string, string> = {
  SQLITE_FULL:
    "This laptop's disk is full, so nothing was saved. What you typed is still on screen: free some space on the disk (or tell your supervisor), then save again.",
  SQLITE_IOERR:
    "The laptop could not write to its disk, so nothing was saved. What you typed is still on screen: try again; if it happens again, restart the laptop or tell your supervisor.",
  SQLITE_READONLY:
    "The field recorder's database cannot be written to on this laptop (it is read-only), so nothing was saved. Tell your supervisor or IT: the app's data folder needs write access.",
  SQLITE_BUSY: 'The database was busy with another task, so nothing was saved. Wait a moment, then save again.',
  SQLITE_CORRUPT: DAMAGED,
  SQLITE_NOTADB: DAMAGED,
};

/** The primary SQLite code of a storage failure (e.g. SQLITE_IOERR for SQLITE_IOERR_WRITE), or null for anything else. */
export function storageFailureCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const primary = code.split('_').slice(0, 2).join('_');
  return primary in MESSAGES ? primary : null;
}

/** The officer's message for a storage failure, or null when the error is not one. */
export function storageFailureMessage(error: unknown): string | null {
  const code = storageFailureCode(error);
  return code ? MESSAGES[code]! : null;
}
