import { get, set, type FieldErrors, type FieldValues, type Resolver } from 'react-hook-form';
import type { z } from 'zod';
import type { FieldIssue } from '../../../../shared/domain/errors';
import { toFieldIssues } from '../../../../shared/domain/validation';
import { unreadableDateMessage } from './unreadable-date';

/**
 * Validates a form with the same zod schema the engine uses at its boundary. The form
 * holds strings as typed; `toInput` turns them into the schema's input shape first.
 */
export function schemaResolver<V extends FieldValues, S extends z.ZodType>(
  schema: S,
  toInput: (values: V) => unknown,
): Resolver<V, unknown, z.output<S>> {
  return async (values, _context, options) => {
    const input = toInput(values);
    const result = schema.safeParse(input);
    const unreadable = [...unreadableDates(options?.fields), ...ownChecks(options?.fields, values)];
    if (result.success && unreadable.length === 0) return { values: result.data, errors: {} };
    const issues = result.success ? [] : [...toFieldIssues(result.error), ...issuesBehind(schema, input, toFieldIssues(result.error))];
    // The browser's word comes first: the schema only saw the field as blank.
    return { values: {}, errors: issuesToFieldErrors<V>([...unreadable, ...issues]) };
  };
}

/**
 * Date fields the browser could not read (unreadable-date.ts), as issues under their form
 * paths. react-hook-form hands the resolver its fields nested by path (`documents[0].expiryDate`).
 */
function unreadableDates(fields: unknown): FieldIssue[] {
  if (!isPlainObject(fields) && !Array.isArray(fields)) return [];
  const field = fields as { ref?: unknown; name?: unknown };
  if (typeof field.name === 'string' && 'ref' in field) {
    const message = unreadableDateMessage(field.ref);
    return message ? [{ path: field.name, message }] : [];
  }
  return Object.values(fields).flatMap(unreadableDates);
}

/**
 * A field's own check, given as its `validate` rule (FormUkDateTimeInput: a time the clocks
 * skipped, or one that happened twice with no choice made). react-hook-form runs no rules once
 * a form has a resolver, so they are run here, with the browser's word, ahead of the schema's.
 */
function ownChecks(fields: unknown, values: FieldValues): FieldIssue[] {
  if (!isPlainObject(fields) && !Array.isArray(fields)) return [];
  const field = fields as { ref?: unknown; name?: unknown; validate?: unknown };
  if (typeof field.name === 'string' && 'ref' in field) {
    if (typeof field.validate !== 'function') return [];
    const verdict: unknown = (field.validate as (value: unknown, values: FieldValues) => unknown)(get(values, field.name), values);
    return typeof verdict === 'string' ? [{ path: field.name, message: verdict }] : [];
  }
  return Object.values(fields).flatMap((inner) => ownChecks(inner, values));
}

const topField = (path: string) => path.split('.')[0] ?? '';
const isPlainObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * zod skips a schema's cross-field rules ("required when final", "date before decision")
 * while any field has a type or choice error, so the officer would fix one batch of
 * errors only to meet another. Parsing again without the broken fields (they fall back to
 * their defaults) finds what the engine will say next, so every problem shows at once.
 * Issues about the dropped fields are ignored: their first message already stands.
 */
function issuesBehind(schema: z.ZodType, input: unknown, first: FieldIssue[]): FieldIssue[] {
  if (!isPlainObject(input)) return [];
  const broken = new Set(first.map((i) => topField(i.path)));
  const found: FieldIssue[] = [];
  for (let round = 0; round < 3; round++) {
    const repaired = Object.fromEntries(Object.entries(input).filter(([key]) => !broken.has(key)));
    const again = schema.safeParse(repaired);
    if (again.success) break;
    const more = toFieldIssues(again.error).filter((i) => !broken.has(topField(i.path)));
    if (more.length === 0) break;
    found.push(...more);
    for (const issue of more) broken.add(topField(issue.path));
  }
  return found;
}

type FieldErrorLike = { type: string; message: string };

/**
 * Issues as react-hook-form's NESTED errors: `documents.0.number` → errors.documents[0].number,
 * so the message shows beside that field and focus can find it. The first message for a
 * field wins (it is the most basic one). A message about a whole list or group
 * (`aliases`) keeps its place even when its items also have errors.
 */
export function issuesToFieldErrors<V extends FieldValues>(issues: FieldIssue[]): FieldErrors<V> {
  const errors: Record<string, unknown> = {};
  for (const issue of issues) {
    const path = issue.path || 'root';
    const existing = get(errors, path) as Partial<FieldErrorLike> | undefined;
    if (existing?.message) continue;
    const error: FieldErrorLike = { type: 'validation', message: issue.message };
    if (existing && typeof existing === 'object') Object.assign(existing, error);
    else set(errors, path, error);
  }
  return errors as FieldErrors<V>;
}
