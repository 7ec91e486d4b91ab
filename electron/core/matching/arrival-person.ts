import type { ArrivalFields } from '../../../shared/domain/arrival';
import type { MatchPerson } from './match-person';

type ArrivalIdentity = Pick<
  ArrivalFields,
  'familyName' | 'givenNames' | 'aliases' | 'dateOfBirth' | 'dateOfBirthPrecision' | 'sex' | 'nationality' | 'placeOfBirth' | 'documents' | 'biometricReference'
>;

/** The identity fields of an arrival record, as the matching engine reads them. */
export function matchPersonOf(arrival: ArrivalIdentity & { id: string }): MatchPerson {
  return {
    id: arrival.id,
    familyName: arrival.familyName ?? '',
    givenNames: arrival.givenNames ?? '',
    aliases: (arrival.aliases ?? []).map((a) => `${a.givenNames} ${a.familyName}`.trim()).filter(Boolean),
    dateOfBirth: arrival.dateOfBirth,
    dobPrecision: arrival.dateOfBirthPrecision,
    sex: arrival.sex,
    nationality: arrival.nationality,
    placeOfBirth: arrival.placeOfBirth || null,
    documentNumbers: (arrival.documents ?? []).map((d) => d.number),
    biometricReference: arrival.biometricReference || null,
  };
}

/**
 * Only small-boat arrivals are searched: the safe route is for people who have not crossed
 * by small boat before, and a re-entry is a small-boat arrival of someone removed. Keeping
 * the others out of the index also keeps its counts a measure of "people who crossed".
 */
export function isSmallBoatArrival(arrival: Pick<ArrivalFields, 'route'>): boolean {
  return arrival.route === 'SMALL_BOAT';
}
