import type { DobPrecision } from './match-person';

/**
 * Dates of birth of people arriving by small boat are often unknown, estimated, written
 * month-first, or set to 1 January because only the year was known. These rules say how
 * much two recorded dates agree, as points of evidence (positive: same person more likely).
 */
export interface BirthDate {
  year: number;
  month: number | null;
  day: number | null;
  precision: DobPrecision;
}

export interface DateAgreement {
  kind: 'exact' | 'day-month-swapped' | 'same-year' | 'near-year' | 'near-miss' | 'different' | 'unknown';
  points: number;
  reason: string | null;
}

/** "YYYY-MM-DD" or "YYYY"; a full date with precision YEAR keeps only its year. */
export function parseBirthDate(value: string | null | undefined, precision: DobPrecision | null | undefined): BirthDate | null {
  const m = /^(\d{4})(?:-(\d{2})-(\d{2}))?$/.exec(value?.trim() ?? '');
  if (!m) return null;
  const year = Number(m[1]);
  const full = m[2] !== undefined && (precision ?? 'EXACT') === 'EXACT';
  return {
    year,
    month: full ? Number(m[2]) : null,
    day: full ? Number(m[3]) : null,
    precision: full ? 'EXACT' : precision === 'ESTIMATED' ? 'ESTIMATED' : 'YEAR',
  };
}

function shown(d: BirthDate): string {
  if (d.day === null || d.month === null) return `${d.year} (${d.precision === 'ESTIMATED' ? 'estimated' : 'year only'})`;
  return `${String(d.day).padStart(2, '0')}/${String(d.month).padStart(2, '0')}/${d.year}`;
}

/** 1 January is what many systems record when only the year is known. */
function isPlaceholder(d: BirthDate): boolean {
  return d.month === 1 && d.day === 1;
}

function bothExact(a: BirthDate, b: BirthDate): boolean {
  return a.day !== null && b.day !== null;
}

export function compareBirthDates(a: BirthDate | null, b: BirthDate | null): DateAgreement {
  if (!a || !b) return { kind: 'unknown', points: 0, reason: null };
  const pair = `${shown(a)} / ${shown(b)}`;
  const years = Math.abs(a.year - b.year);
  if (bothExact(a, b)) {
    if (years === 0 && a.month === b.month && a.day === b.day) {
      return { kind: 'exact', points: 4, reason: `Date of birth matches (${shown(a)})` };
    }
    if (years === 0 && a.month === b.day && a.day === b.month) {
      return { kind: 'day-month-swapped', points: 3, reason: `Date of birth matches with day and month swapped (${pair})` };
    }
    if (years === 0 && (isPlaceholder(a) || isPlaceholder(b))) {
      return { kind: 'same-year', points: 1.5, reason: `Same year of birth; 1 January is often recorded when only the year is known (${pair})` };
    }
    const oneSlip = (years === 0 && (a.month === b.month || a.day === b.day)) || (years === 1 && a.month === b.month && a.day === b.day);
    if (oneSlip) return { kind: 'near-miss', points: 0.5, reason: `Date of birth differs in one part only (${pair})` };
    if (years === 0) return { kind: 'different', points: -2, reason: `Different date of birth in the same year (${pair})` };
    return { kind: 'different', points: -4, reason: `Different date of birth (${pair})` };
  }
  // At least one side is a year or an estimate: only years can be compared.
  const estimated = a.precision === 'ESTIMATED' || b.precision === 'ESTIMATED';
  if (years === 0) return { kind: 'same-year', points: 2, reason: `Same year of birth (${pair})` };
  if (years === 1) return { kind: 'near-year', points: 1, reason: `Year of birth within one year (${pair})` };
  if (years === 2 && estimated) return { kind: 'near-year', points: -0.5, reason: `Estimated year of birth two years apart (${pair})` };
  return { kind: 'different', points: -4, reason: `Different year of birth (${pair})` };
}
