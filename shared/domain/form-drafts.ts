import { z } from 'zod';

/**
 * What an officer has typed into a form (a new record, or a correction) but not yet saved,
 * kept in the device's encrypted database as they type: a reload, a crash, a flat battery or a click
 * on another page loses nothing. Not a record: never synced, audited or printed, kept for
 * the officer who typed it, and dropped once saved, discarded or a week old.
 */
export const FORM_DRAFT_DAYS = 7;
const MAX_DRAFT_CHARS = 256 * 1024;

/**
 * Which form: a new interception, person (started from one boat, or from none) or safe-route
 * application, the next person of one boat, or the correction of one version of a record. A
 * person typed for one boat is never brought back on another's form.
 */
export const FormDraftKey = z
  .string({ error: 'Name the form' })
  .regex(/^(?:(?:interception|arrival|transfer):(?:new|correct:[0-9a-f-]{36}:\d{1,9})|arrival:new:[0-9a-f-]{36}|boat-person:[0-9a-f-]{36})$/, { error: 'This app keeps no draft of that form' });
export type FormDraftKey = z.infer<typeof FormDraftKey>;

/**
 * A half-typed correction, kept so that the idle lock, a reload or a crash does not lose it.
 * The version is part of the key: once someone else's correction (or a sync) has changed the
 * record, a draft typed over the old version is never laid over the new one as it stands,
 * where saving it would silently undo their change; it is brought back field by field instead
 * (form-draft-over-newer.ts).
 */
export function correctionDraftKey(kind: 'interception' | 'arrival' | 'transfer', record: { id: string; version: number }): FormDraftKey {
  return `${kind}:correct:${record.id}:${record.version}`;
}

/** A correction key's record (`arrival:correct:<id>`) and version; null for any other form. */
export function correctionOf(key: FormDraftKey): { record: string; version: number } | null {
  const match = /^(\w+:correct:[0-9a-f-]{36}):(\d+)$/.exec(key);
  return match ? { record: match[1]!, version: Number(match[2]) } : null;
}

export const FormDraftQuery = z.strictObject({ key: FormDraftKey });

export const DiscardFormDraftInput = z.strictObject({
  key: FormDraftKey,
  /** The correction is saved or thrown away: drafts typed over its record's earlier versions go too. */
  withEarlierVersions: z.boolean().optional(),
});

const DraftValues = z
  .record(z.string(), z.unknown(), { error: 'The values must be a form’s fields' })
  .refine((values) => JSON.stringify(values).length <= MAX_DRAFT_CHARS, { error: 'What was typed is too long to keep as a draft' });

export const SaveFormDraftInput = z.strictObject({
  key: FormDraftKey,
  values: DraftValues,
  /** The form as it was opened, before anything was typed (for a correction, the record as saved then). */
  base: DraftValues.optional(),
});

export const FormDraft = z.object({
  /** The form it was typed into: for a correction, possibly an earlier version of the record than the one asked for. */
  key: FormDraftKey,
  values: z.record(z.string(), z.unknown()),
  base: z.record(z.string(), z.unknown()).nullable(),
  savedAt: z.string(),
});
export type FormDraft = z.output<typeof FormDraft>;
