/** Counts as officers write them: 1,234. */
export const count = (n: number): string => n.toLocaleString('en-GB');

/** A share of a whole, "12%"; "—" when there is no whole to share. */
export function share(part: number, whole: number): string {
  return whole > 0 ? `${Math.round((part / whole) * 100)}%` : '—';
}
