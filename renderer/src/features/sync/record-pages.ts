/** A synced record's kind, as the officer calls it. */
export const RECORD_NOUN: Record<string, string> = {
  arrival: 'Person', interception: 'Interception', returns_case: 'Returns case', transfer: 'Safe-route transfer', match_decision: 'Prior-crossing decision',
};

/**
 * Where the officer deals with a record: its own page, or its person's (`arrivalId`, for the
 * kinds that belong to a person). Null when there is no page to go to.
 */
export function recordPage(r: { recordType: string; recordId: string; arrivalId?: string | null }): string | null {
  if (r.recordType === 'arrival') return `/arrivals/${r.recordId}`;
  if (r.recordType === 'interception') return `/interceptions/${r.recordId}`;
  if (r.recordType === 'transfer') return `/transfers/${r.recordId}`;
  if (r.recordType === 'returns_case' && r.arrivalId) return `/returns/case/${r.arrivalId}`;
  return r.arrivalId ? `/arrivals/${r.arrivalId}` : null;
}
