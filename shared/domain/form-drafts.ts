import { z } from 'zod';

/**
 * What an officer has typed into a new record's form but not yet saved, kept in the
 * device's encrypted database as they type: a reload, a crash, a flat battery or a click
 * on another page loses nothing. Not a record: never synced, audited or printed, kept for
 * the officer who typed it, and dropped once saved, discarded or a week old.
 */
export const FORM_DRAFT_DAYS = 7;
const MAX_DRAFT_CHARS = 256 * 1024;

/**
 * Which form: a new interception, person (started from one boat, or from none) or safe-route
 * application, or the next person of one boat. A person typed for one boat is never brought
 * back on another's form.
 */
export const FormDraftKey = z
  .string({ error: 'Name the form' })
  .regex(/^(?:(?:interception|arrival|transfer):new|arrival:new:[0-9a-f-]{36}|boat-person:[0-9a-f-]{36})$/, { error: 'This app keeps no draft of that form' });
export type FormDraftKey = z.infer<typeof FormDraftKey>;

export const FormDraftQuery = z.strictObject({ key: FormDraftKey });

export const SaveFormDraftInput = z.strictObject({
  key: FormDraftKey,
  values: z
    .record(z.string(), z.unknown(), { error: 'The values must be a form’s fields' })
    .refine((values) => JSON.stringify(values).length <= MAX_DRAFT_CHARS, { error: 'What was typed is too long to keep as a draft' }),
});

export const FormDraft = z.object({ key: FormDraftKey, values: z.record(z.string(), z.unknown()), savedAt: z.string() });
export type FormDraft = z.output<typeof FormDraft>;
