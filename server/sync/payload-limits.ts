/** Deeper than any record the app makes; deep enough nesting would overflow JSON.stringify's stack. */
export const MAX_PAYLOAD_DEPTH = 32;

const NUL = 'contains an invisible NUL character (U+0000) that the centre cannot store; saving the record again on the device removes it';
const DEEP = `The payload is nested more than ${MAX_PAYLOAD_DEPTH} levels deep`;

/** What is wrong, and where in the payload (a dotted path such as `aliases.0.familyName`; '' for the payload as a whole). */
export interface PayloadProblem {
  path: string;
  message: string;
}

/**
 * What PostgreSQL or V8 would choke on *after* the batch was accepted, found first so that
 * it becomes one `rejected` change instead of a failed batch that blocks the device's queue.
 * Recursive, but it stops at MAX_PAYLOAD_DEPTH, so a hostile payload cannot overflow the
 * stack here. Entries are visited last to first, values before keys: the order the earlier
 * stack-based walk used, so a payload with several problems is still told the same one.
 */
export function payloadProblem(payload: unknown): PayloadProblem | null {
  return problemIn(payload, 1, '');
}

const under = (path: string, key: string | number) => (path ? `${path}.${key}` : String(key));

function problemIn(value: unknown, depth: number, path: string): PayloadProblem | null {
  if (typeof value === 'string') return value.includes('\u0000') ? { path, message: NUL } : null; // jsonb cannot store U+0000
  if (typeof value !== 'object' || value === null) return null;
  if (depth > MAX_PAYLOAD_DEPTH) return { path: '', message: DEEP };
  if (Array.isArray(value)) {
    for (let i = value.length - 1; i >= 0; i--) {
      const problem = problemIn(value[i], depth + 1, under(path, i));
      if (problem) return problem;
    }
    return null;
  }
  const keys = Object.keys(value);
  for (let i = keys.length - 1; i >= 0; i--) {
    const key = keys[i]!;
    const problem = problemIn((value as Record<string, unknown>)[key], depth + 1, under(path, key)) ?? (key.includes('\u0000') ? { path, message: NUL } : null);
    if (problem) return problem;
  }
  return null;
}
