import type { z } from 'zod';
import { AppError, type FieldIssue } from './errors';

/** Turns zod's issues into field paths and the messages written in the schemas. */
export function toFieldIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.'),
    message: issue.message,
  }));
}

/** Parses `input` or throws a VALIDATION AppError naming every bad field. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw AppError.validation(toFieldIssues(result.error));
  return result.data;
}

type Issues = { issues: readonly { path?: readonly PropertyKey[] }[] };

/**
 * For a record's cross-field rules (superRefine): zod skips them once any field has failed its
 * own check, so an officer fixed the first Save's messages only to meet a second round ("Enter
 * the family name" after the nationality was fixed). They run whenever the input is an object
 * at all; each rule skips the fields that failed (fieldsValid), whose values are as typed.
 */
export const EVEN_WITH_FIELD_ISSUES = {
  when: (payload: Issues) => payload.issues.every((issue) => (issue.path?.length ?? 0) > 0),
};

/**
 * True when none of these fields (top-level names, or `group.field`) failed its own check: no
 * issue lies on the field, inside it, or on the group holding it.
 */
export function fieldsValid(ctx: Issues, ...fields: string[]): boolean {
  const failed = ctx.issues.map((issue) => (issue.path ?? []).join('.')).filter(Boolean);
  const overlaps = (a: string, b: string) => a === b || a.startsWith(`${b}.`) || b.startsWith(`${a}.`);
  return !failed.some((path) => fields.some((field) => overlaps(path, field)));
}
