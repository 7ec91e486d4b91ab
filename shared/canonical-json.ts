/**
 * JSON with object keys sorted, so two values compare equal whatever order their keys
 * came in (PostgreSQL's jsonb, for one, does not keep the order they were written in).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(Object.entries(v as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : v,
  );
}

/**
 * Whether two values are the same JSON. Called for every field of every save (the audit
 * diff), so values that are not both objects are compared directly instead of serialised.
 */
export function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  const bothObjects = typeof a === 'object' && a !== null && typeof b === 'object' && b !== null;
  // Numbers keep the serialised comparison (NaN and null both serialise as null).
  if (!bothObjects && typeof a !== 'number' && typeof b !== 'number') return false;
  return canonicalJson(a) === canonicalJson(b);
}
