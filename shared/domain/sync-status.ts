import { z } from 'zod';
import { countOf } from './count-words';

/** What the officer sees of sync: the contract between the engine's sync client and the UI. */
export const SyncResultSchema = z.object({
  sent: z.number().int(),
  duplicates: z.number().int(),
  received: z.number().int(),
  conflicts: z.number().int(),
  rejected: z.number().int(),
  safeAtCentre: z.number().int(),
  resent: z.number().int(),
  finishedAt: z.string(),
});

export const SyncStatus = z.object({
  pending: z.number().int(),
  activity: z.enum(['not_configured', 'idle', 'syncing', 'offline', 'refused', 'error']),
  apiUrl: z.string().nullable(),
  enrolled: z.boolean(),
  progress: z.object({ phase: z.string(), sent: z.number().int(), toSend: z.number().int(), received: z.number().int() }).nullable(),
  lastResult: SyncResultSchema.nullable(),
  lastError: z.string().nullable(),
  openConflicts: z.number().int(),
  rejected: z.number().int(),
  /** Officers the centre refused changes from because it has disabled them (records not yet saved again by someone else). */
  disabledOfficerIds: z.array(z.string()),
  nextAttemptAt: z.string().nullable(),
});
export type SyncStatus = z.infer<typeof SyncStatus>;

export const SyncConfigure = z.strictObject({
  apiUrl: z
    .string()
    .trim()
    // One message at a time, the most basic first. "central.example.gov.uk" or "127.0.0.1:8787"
    // are not web addresses at all: say what is missing rather than "enter the address".
    .min(1, { error: 'Enter the central API address, e.g. https://central.example.gov.uk', abort: true })
    .regex(/^[a-z][a-z\d+.-]*:\/\//i, { error: 'Start the address with https:// (or http:// for this computer)', abort: true })
    .url({ error: 'That is not a web address, e.g. https://central.example.gov.uk', abort: true })
    .refine((u) => /^https:\/\//.test(u) || /^http:\/\/(127\.0\.0\.1|localhost)(:\d+)?(\/|$)/.test(u), {
      error: 'Use https (plain http is allowed only for this computer, 127.0.0.1)',
    }),
});

export const SyncEnrol = z.strictObject({
  code: z.string().trim().min(4, { error: 'Enter the enrolment code from your administrator' }).max(40, { error: 'That code is too long' }),
});

/** Where one record stands: what the officer sees beside it. */
export const RecordSyncState = z.object({
  recordId: z.string(),
  state: z.enum(['not_sent', 'safe', 'conflict', 'rejected']),
  reason: z.string().nullable(),
});
export type RecordSyncState = z.infer<typeof RecordSyncState>;

export const ConflictSummary = z.object({
  id: z.number().int(),
  recordType: z.string(),
  recordId: z.string(),
  reference: z.string().nullable(),
  detectedAt: z.string(),
  serverVersion: z.number().int(),
  local: z.record(z.string(), z.unknown()),
  server: z.record(z.string(), z.unknown()),
  /** The centre sent the copy both started from: each difference says who changed it. */
  baseKnown: z.boolean(),
  /**
   * Where the copies differ (`field` is a field, or `group.field`), and who changed it since
   * the copy both started from: only here or only at the centre (kept as that side left it
   * when the copies are combined), both, or not known (the officer chooses).
   */
  differences: z.array(z.object({ field: z.string(), local: z.unknown(), server: z.unknown(), changedBy: z.enum(['here', 'centre', 'both', 'unknown']) })),
});

/** What must be put right for a refused record to be taken: the record itself, or its officer at the centre. */
export const RefusalCause = z.enum(['record', 'officer_disabled', 'officer_unknown']);
export type RefusalCause = z.infer<typeof RefusalCause>;

/** A record the centre refused and nobody has corrected since: what the officer must put right. */
export const RefusedRecord = z.object({
  recordType: z.string(),
  recordId: z.string(),
  reference: z.string().nullable(),
  /** For a returns case, a transfer or a prior-crossing decision: the person it is about. */
  arrivalId: z.string().nullable(),
  refusedAt: z.string().nullable(),
  reason: z.string(),
  cause: RefusalCause,
});
export type RefusedRecord = z.infer<typeof RefusedRecord>;

/**
 * `local` or `server` keeps one copy whole; `combined` keeps every field as the side that
 * changed it left it, and each field both changed as `choices` says (by `field`).
 */
export const ResolveConflict = z.strictObject({
  id: z.number().int().min(1),
  keep: z.enum(['local', 'server', 'combined'], { error: 'Choose which copy to keep' }),
  choices: z.record(z.string(), z.enum(['local', 'server'])).optional(),
});

/**
 * One sync's outcome in a line for the status bar. A sync that found nothing to do says so:
 * "Sent 0, received 0" after a background sync had already sent everything puzzled officers.
 */
export function syncOutcomeText(result: Pick<z.output<typeof SyncResultSchema>, 'sent' | 'duplicates' | 'received' | 'conflicts' | 'rejected' | 'safeAtCentre'>): string {
  // Duplicates reached the centre on an attempt whose answer was lost: sent, as far as the officer is concerned.
  const n = (count: number) => count.toLocaleString('en-GB');
  const already = result.duplicates ? ` (${n(result.duplicates)} of them already there from an earlier try)` : '';
  const sent = result.sent + result.duplicates;
  if (sent === 0 && result.received === 0 && result.conflicts === 0 && result.rejected === 0) {
    return `Up to date: nothing to send or receive${result.safeAtCentre ? `, ${countOf(result.safeAtCentre, 'record')} proven held at the centre` : ''}`;
  }
  return `Sent ${n(sent)}${already}, received ${n(result.received)}, conflicts ${n(result.conflicts)}${result.rejected ? `, refused ${n(result.rejected)}` : ''}`;
}
