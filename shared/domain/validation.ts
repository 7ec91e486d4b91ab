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
