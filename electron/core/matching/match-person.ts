/**
 * What the prior-crossing check knows about a person. Deliberately smaller than an arrival
 * record: only the identity fields the officer records at the port, so the same engine can
 * check a safe-route applicant, an arrival against earlier arrivals, or a re-entry.
 *
 * The codes follow shared/domain/reference/arrival-codes.ts (SEXES, DOB_PRECISIONS) but are
 * restated here so the matcher does not depend on the arrival schema while it is being built.
 */
export type DobPrecision = 'EXACT' | 'YEAR' | 'ESTIMATED';
export type Sex = 'M' | 'F' | 'X';

export interface MatchPerson {
  id: string;
  familyName: string;
  /** All given names as typed, space separated (e.g. "Mohammed Ahmed"). */
  givenNames: string;
  /** Other full names the person has used or been recorded under ("Given Family"). */
  aliases?: readonly string[];
  /** "YYYY-MM-DD", or "YYYY" when only the year is known. */
  dateOfBirth?: string | null;
  dobPrecision?: DobPrecision | null;
  sex?: Sex | null;
  /** ISO 3166-1 alpha-3, or an ICAO code (XXA, XXB, XXC, XXX). */
  nationality?: string | null;
  /** As the person gave it: a town, a city or a province, in any spelling. */
  placeOfBirth?: string | null;
  documentNumbers?: readonly string[];
  /** Reference of the enrolment in the national biometric system; never the biometric itself. */
  biometricReference?: string | null;
}
