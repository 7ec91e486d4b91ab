import { z } from 'zod';

/*
 * Retention on the laptop: how long a record stays on this device once it is safe at the
 * centre. Purging removes the device's copy only; the centre keeps its own and is told nothing.
 */

export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
/** The period offered when a supervisor turns retention on. */
export const SUGGESTED_RETENTION_DAYS = 30;

/** `days: null` keeps everything on the device (the default until a supervisor sets a period). */
export const RetentionConfigureInput = z.strictObject({
  days: z
    .number({ error: 'Enter the number of days, or choose to keep records' })
    .int({ error: 'Enter a whole number of days' })
    .min(MIN_RETENTION_DAYS, { error: `Keep records for at least ${MIN_RETENTION_DAYS} day` })
    .max(MAX_RETENTION_DAYS, { error: `Keep records for at most ${MAX_RETENTION_DAYS.toLocaleString('en-GB')} days (about 10 years)` })
    .nullable(),
});
export type RetentionConfigureInput = z.output<typeof RetentionConfigureInput>;

export const PurgeSummary = z.object({
  startedAt: z.string(),
  finishedAt: z.string(),
  /** Everything safe at the centre since before this instant was considered. */
  cutoff: z.string(),
  days: z.number().int(),
  purged: z.object({
    interception: z.number().int(),
    arrival: z.number().int(),
    returns_case: z.number().int(),
    transfer: z.number().int(),
    match_decision: z.number().int(),
  }),
  total: z.number().int(),
  auditRows: z.number().int(),
  batches: z.number().int(),
  trigger: z.enum(['automatic', 'on_demand']),
});
export type PurgeSummary = z.output<typeof PurgeSummary>;

export const RetentionStatus = z.object({
  /** null: retention is off and records are kept on this device. */
  days: z.number().int().nullable(),
  /** Records that the next purge would remove (0 when retention is off). */
  eligibleNow: z.number().int(),
  /** People safe at the centre and old enough, but kept because something here still needs them (an open case, …). */
  keptForNow: z.number().int(),
  lastPurge: PurgeSummary.nullable(),
  running: z.boolean(),
  /** When the automatic purge runs next, if it is scheduled. */
  nextAutomaticAt: z.string().nullable(),
});
export type RetentionStatus = z.output<typeof RetentionStatus>;
