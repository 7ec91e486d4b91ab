import type { PriorCrossingCandidate } from '../../../../shared/domain/matching/prior-crossing';

/** How a candidate's facts read on screen: dates as an officer writes them, UK style. */

export function formatDateOfBirth(c: Pick<PriorCrossingCandidate, 'dateOfBirth' | 'dateOfBirthPrecision'>): string {
  if (!c.dateOfBirth) return 'Not recorded';
  const year = c.dateOfBirth.slice(0, 4);
  if (c.dateOfBirthPrecision === 'YEAR') return `${year} (year only)`;
  if (c.dateOfBirthPrecision === 'ESTIMATED') return `${year} (estimated)`;
  const [, month, day] = c.dateOfBirth.split('-');
  return `${day}/${month}/${year}`;
}

/** A whole percentage: "0.8734" is read out as "87%", not as a probability to three places. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
