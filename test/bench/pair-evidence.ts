import type { Arrival } from '../../shared/domain/arrival';
import { matchPersonOf } from '../../electron/core/matching/arrival-person';
import { compareBirthDates } from '../../electron/core/matching/date-of-birth';
import { comparePlaces } from '../../electron/core/matching/place-of-birth';
import { preparePerson } from '../../electron/core/matching/prepared-person';

/**
 * What the two records of one person have in common, strongest first: recall read per kind
 * shows what the records can and cannot tell apart. A name with only a year of birth (or no
 * date) is shared with namesakes at a million people; no scorer can pick the right one.
 */
export type PairEvidence = 'linked' | 'exact_date' | 'date_one_part' | 'year_only' | 'no_date' | 'different_date';

export function pairEvidence(a: Arrival, b: Arrival): PairEvidence {
  const p = preparePerson(matchPersonOf(a));
  const q = preparePerson(matchPersonOf(b));
  if ((p.biometric && p.biometric === q.biometric) || p.documents.some((d) => q.documents.includes(d))) return 'linked';
  const kind = compareBirthDates(p.birth, q.birth).kind;
  if (kind === 'exact' || kind === 'day-month-swapped') return 'exact_date';
  if (kind === 'near-miss') return 'date_one_part';
  if (kind === 'same-year' || kind === 'near-year') return 'year_only';
  return kind === 'unknown' ? 'no_date' : 'different_date';
}

/** Whether the two records give the same place of birth (in any spelling), different ones, or not both. */
export type PlaceEvidence = 'same_place' | 'different_place' | 'place_unknown';

export function placeEvidence(a: Arrival, b: Arrival): PlaceEvidence {
  const agreement = comparePlaces(preparePerson(matchPersonOf(a)).placeOfBirth, preparePerson(matchPersonOf(b)).placeOfBirth);
  return agreement === 'unknown' ? 'place_unknown' : agreement === 'different' ? 'different_place' : 'same_place';
}
