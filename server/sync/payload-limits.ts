/** Deeper than any record the app makes; deep enough nesting would overflow JSON.stringify's stack. */
export const MAX_PAYLOAD_DEPTH = 32;

/**
 * What PostgreSQL or V8 would choke on *after* the batch was accepted, found first so that
 * it becomes one `rejected` change instead of a failed batch that blocks the device's queue.
 * Iterative, so a hostile payload cannot overflow the stack here either.
 */
export function payloadProblem(payload: unknown): string | null {
  const stack: Array<[unknown, number]> = [[payload, 1]];
  while (stack.length) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'string') {
      // jsonb cannot store U+0000.
      if (value.includes('\u0000')) return 'The payload contains a NUL character (U+0000)';
      continue;
    }
    if (typeof value !== 'object' || value === null) continue;
    if (depth > MAX_PAYLOAD_DEPTH) return `The payload is nested more than ${MAX_PAYLOAD_DEPTH} levels deep`;
    if (Array.isArray(value)) {
      for (const item of value) stack.push([item, depth + 1]);
    } else {
      for (const [key, item] of Object.entries(value)) {
        stack.push([key, depth]);
        stack.push([item, depth + 1]);
      }
    }
  }
  return null;
}
