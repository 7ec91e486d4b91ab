import { z } from 'zod';

/** Device clocks drift; a few minutes ahead is tolerated, anything more is a typing error. */
export const FUTURE_TOLERANCE_MS = 5 * 60 * 1000;

/** An instant in UTC as ISO 8601 with `Z` (e.g. 2025-08-06T03:12:00.000Z). */
export function isoInstant(message: string) {
  return z.iso.datetime({ error: message }).transform((v) => new Date(v).toISOString());
}

export function notInFuture<S extends z.ZodType<string>>(schema: S, message: string) {
  return schema.refine((v) => Date.parse(v) <= Date.now() + FUTURE_TOLERANCE_MS, { error: message });
}

export const Uuid = z.uuid({ error: 'Not a valid record id' });
