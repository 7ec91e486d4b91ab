/*
 * What an officer is told when the laptop's storage, not their input, stopped a save or a
 * sync. SQLite rolls the transaction back, so nothing was half-written; what matters is
 * whether trying again can help, and what to do instead. Keyed by SQLite's primary result
 * code (better-sqlite3 gives the extended one, e.g. SQLITE_IOERR_WRITE).
 */
interface StorageFailure {
  problem: string;
  advice: string;
}

const DAMAGED: StorageFailure = {
  problem: "The field recorder's database on this laptop is damaged",
  advice: 'stop recording on this laptop and tell your supervisor or IT; what is already safe at the centre is not affected.',
};

const FAILURES: Record<string, StorageFailure> = {
  SQLITE_FULL: { problem: "This laptop's disk is full", advice: 'free some space on the disk (or tell your supervisor), then try again.' },
  SQLITE_IOERR: { problem: 'The laptop could not write to its disk', advice: 'try again; if it happens again, restart the laptop or tell your supervisor.' },
  SQLITE_READONLY: {
    problem: "The field recorder's database cannot be written to on this laptop (it is read-only)",
    advice: "tell your supervisor or IT: the app's data folder needs write access.",
  },
  SQLITE_BUSY: { problem: 'The database was busy with another task', advice: 'wait a moment, then try again.' },
  SQLITE_CORRUPT: DAMAGED,
  SQLITE_NOTADB: DAMAGED,
};

/** The primary SQLite code of a storage failure (e.g. SQLITE_IOERR for SQLITE_IOERR_WRITE), or null for anything else. */
export function storageFailureCode(error: unknown): string | null {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !code.startsWith('SQLITE_')) return null;
  const primary = code.split('_').slice(0, 2).join('_');
  return primary in FAILURES ? primary : null;
}

/** The officer's message for a save the storage stopped, or null when the error is not a storage failure. */
export function storageFailureMessage(error: unknown): string | null {
  const code = storageFailureCode(error);
  if (!code) return null;
  const { problem, advice } = FAILURES[code]!;
  return `${problem}, so nothing was saved. What you typed is still on screen: ${advice}`;
}

/** The same for a sync: what was received so far is kept, the rest comes at the next sync. */
export function storageFailureDuringSync(error: unknown): string | null {
  const code = storageFailureCode(error);
  if (!code) return null;
  const { problem, advice } = FAILURES[code]!;
  return `${problem}, so sync stopped. Nothing was half-stored, and sync carries on where it stopped: ${advice}`;
}
