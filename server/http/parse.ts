import type { z } from 'zod';
import { HttpError } from './errors';

/** zod issues → the app's field issues, e.g. `changes.3.seq`. */
export function issuesOf(error: z.ZodError): { path: string; message: string }[] {
  return error.issues.map((issue) => ({
    path: issue.path.map(String).join('.') || '(body)',
    message: issue.message,
  }));
}

/** Parses request input with the protocol's schema, or answers 400 VALIDATION with every issue. */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown, what = 'request'): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const issues = issuesOf(result.error).slice(0, 50);
  const first = issues[0];
  const message = `Invalid ${what}: ${first ? `${first.path}: ${first.message}` : 'unreadable'}${issues.length > 1 ? ` (and ${issues.length - 1} more)` : ''}`;
  throw new HttpError(400, 'VALIDATION', message, issues);
}
