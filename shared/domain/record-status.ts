import { z } from 'zod';
import { withoutInvisibleCharacters } from './invisible-characters';
import { codesOf } from './reference/options';
import { fieldsValid } from './validation';
import { RECORD_STATUSES } from './reference/arrival-codes';

export const RecordStatus = z.enum(codesOf(RECORD_STATUSES), { error: 'Choose draft or final' });
export type RecordStatus = z.infer<typeof RecordStatus>;

/** Field → the message shown when a finalised record lacks it. */
export type FinalRequirements = Record<string, string>;

/**
 * A draft may be incomplete; finalising requires every listed field. Checked inside the
 * schema so the form, IPC and HTTP all give the same message next to the same field.
 */
export function requireWhenFinal(requirements: FinalRequirements) {
  return (value: Record<string, unknown>, ctx: z.RefinementCtx) => {
    if (value.status !== 'FINAL' || !fieldsValid(ctx, 'status')) return;
    for (const [path, message] of Object.entries(requirements)) {
      if (!fieldsValid(ctx, path)) continue; // already told what is wrong with it
      const v = path.split('.').reduce<unknown>((obj, key) => (obj as Record<string, unknown> | null | undefined)?.[key], value);
      if (v === null || v === undefined || v === '') ctx.addIssue({ code: 'custom', path: path.split('.'), message });
    }
  };
}

/** Trimmed free text, empty when absent, without invisible control characters (pasted text brings them). */
export function text(max: number, label: string) {
  return z.string({ error: `${label} must be text` }).overwrite(withoutInvisibleCharacters).trim().max(max, { error: `${label} can be at most ${max.toLocaleString('en-GB')} characters` }).default('');
}

/** Why a step was taken: free text, null when none was given. */
export function reasonText() {
  return z
    .string({ error: 'The reason must be text' })
    .overwrite(withoutInvisibleCharacters)
    .trim()
    .max(2000, { error: 'A reason can be at most 2,000 characters' })
    .nullable()
    .default(null);
}

/** A whole number in a range, or null when not known. */
export function count(label: string, max: number) {
  return z
    .number({ error: `${label} must be a number` })
    .int({ error: `${label} must be a whole number` })
    .min(0, { error: `${label} cannot be negative` })
    .max(max, { error: `${label} cannot be more than ${max}` });
}
