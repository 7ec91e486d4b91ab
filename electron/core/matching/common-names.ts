import type { DateAgreement } from './date-of-birth';

/** People per identity key (a Map, or counts read from the database as they are asked for). */
export interface BlockCounts {
  get(key: string): number | undefined;
}

/**
 * How many OTHER recorded people agree with the person as well as a candidate does, on name
 * and date of birth, read from the sizes of the identity-key blocks (candidate-lookup.ts).
 * At 2,000 people "Naseri Mohammad, born 1990" is one person; at a million there are ten,
 * and a year of birth cannot say which of them crossed before. Identity documents and
 * biometric references are unaffected: they are not shared by namesakes.
 */
export interface Namesakes {
  /** Expected number of other people agreeing as well as this candidate. */
  expected: number;
  /** Other people recorded with the name, in the window `scope` names. */
  others: number;
  /** Born the same year as the person, within a year either side, any time, or on this date. */
  scope: 'same-year' | 'near-year' | 'name' | 'date';
}

// A record's year keys end in ":y1990"; the lookup asks for the year and either side of it.
const YEAR_KEY = /^([pi]:.+):y\d+$/;
/** Share of one year's namesakes born on a given day. */
const SAME_DAY = 1 / 365;
/** …on 1 January, which stands for "only the year is known" in many records. */
const SAME_PLACEHOLDER_DAY = 0.1;
/** …agreeing on the year and one of day or month. */
const ONE_PART = 1 / 30;

/**
 * Namesakes per word pair the two records share: born the same year as the person when the
 * candidate agrees on the year (a namesake a year off scores lower than the candidate), or
 * within a year either side when the candidate itself is a year off.
 */
function windowCounts(queryKeys: readonly string[], shared: ReadonlySet<string>, sizes: BlockCounts, kind: 'p' | 'i', sameYearOnly: string | null): number[] {
  const windows = new Map<string, { total: number; shared: boolean }>();
  for (const key of queryKeys) {
    const stem = YEAR_KEY.exec(key)?.[1];
    if (!stem || stem[0] !== kind) continue;
    if (sameYearOnly && !key.endsWith(sameYearOnly)) {
      if (shared.has(key)) windows.set(stem, { total: windows.get(stem)?.total ?? 0, shared: true });
      continue;
    }
    const w = windows.get(stem) ?? { total: 0, shared: false };
    w.total += sizes.get(key) ?? 0;
    w.shared ||= shared.has(key);
    windows.set(stem, w);
  }
  // The candidate is in its own block: the others are one fewer.
  return [...windows.values()].filter((w) => w.shared).map((w) => Math.max(0, w.total - 1));
}

function others(queryKeys: readonly string[], shared: ReadonlySet<string>, sizes: BlockCounts, sameYearOnly: string | null): Omit<Namesakes, 'expected'> | null {
  for (const kind of ['p', 'i'] as const) {
    const counts = windowCounts(queryKeys, shared, sizes, kind, sameYearOnly);
    if (counts.length > 0) return { others: Math.min(...counts), scope: sameYearOnly ? 'same-year' : 'near-year' };
  }
  const sizesOf = (prefix: string) => [...shared].filter((k) => k.startsWith(prefix)).map((k) => Math.max(0, (sizes.get(k) ?? 1) - 1));
  const names = [...sizesOf('n:'), ...sizesOf('m:')];
  if (names.length > 0) return { others: Math.min(...names), scope: 'name' };
  const dates = sizesOf('w:');
  return dates.length > 0 ? { others: Math.min(...dates), scope: 'date' } : null;
}

export function namesakes(
  queryKeys: readonly string[],
  candidateKeys: readonly string[],
  sizes: BlockCounts,
  birth: DateAgreement['kind'],
  queryBirth: { year: number; placeholder: boolean } | null,
): Namesakes | null {
  const stored = new Set(candidateKeys);
  const shared = new Set(queryKeys.filter((k) => stored.has(k)));
  if ([...shared].some((k) => k.startsWith('b:') || k.startsWith('d:'))) return null;
  const sameYear = queryBirth && birth !== 'near-year' ? `:y${queryBirth.year}` : null;
  const found = others(queryKeys, shared, sizes, sameYear);
  if (!found) return null;
  let share = 1;
  const byYear = found.scope === 'same-year' || found.scope === 'near-year';
  if (byYear && (birth === 'exact' || birth === 'day-month-swapped')) share = queryBirth?.placeholder ? SAME_PLACEHOLDER_DAY : SAME_DAY;
  else if (byYear && birth === 'near-miss') share = ONE_PART;
  return { ...found, expected: found.others * share };
}
