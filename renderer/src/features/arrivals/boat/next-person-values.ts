import type { Arrival } from '../../../../../shared/domain/arrival';
import type { Interception } from '../../../../../shared/domain/interception';
import { emptyArrivalForm } from '../form-values';
import { toArrivalInput } from '../to-arrival-input';

/** The compact row: only what differs from one person to the next on the same boat. */
export interface NextPersonValues {
  familyName: string;
  givenNames: string;
  sex: string;
  dateOfBirth: string;
  dateOfBirthPrecision: string;
  nationality: string;
  ageStatus: string;
  unaccompanied: boolean;
  sameFamily: boolean;
  /** The previous person's group, or a new one made when "same family" was ticked. */
  familyGroupId: string;
  languages: string;
}

/** What the resolver needs besides the typed values: the boat's facts. */
export interface BoatContext {
  boat: Interception;
  site: string;
}

/** Each new person starts with the previous person's nationality and languages: people on a boat mostly share them. */
export function nextPersonValues(previous: Arrival | null): NextPersonValues {
  return {
    familyName: '',
    givenNames: '',
    sex: '',
    dateOfBirth: '',
    dateOfBirthPrecision: 'EXACT',
    nationality: previous?.nationality ?? '',
    ageStatus: '',
    unaccompanied: false,
    sameFamily: false,
    familyGroupId: '',
    languages: previous?.languages.join(', ') ?? '',
  };
}

/** The row plus the boat-level facts (route, boat, site, arrival time) as a finalised ArrivalInput. */
export function toNextPersonInput(v: NextPersonValues, { boat, site }: BoatContext): unknown {
  const { sameFamily, ...person } = v;
  return toArrivalInput({
    ...emptyArrivalForm(site, boat),
    ...person,
    familyGroupId: sameFamily ? v.familyGroupId : '',
    status: 'FINAL',
  });
}

/** Errors about the boat's own facts: no field of the row can show them, so the banner does. */
export const BOAT_LEVEL_FIELDS = ['route', 'site', 'arrivedAt', 'interceptionId'] as const;
