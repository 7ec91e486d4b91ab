import { isoDateToDayFirst } from '../../../../shared/domain/dates';
import type { Arrival } from '../../../../shared/domain/arrival';
import type { Interception } from '../../../../shared/domain/interception';
import type { RecordStatus } from '../../../../shared/domain/record-status';
import { utcIsoToUkLocalTime } from '../../../../shared/domain/time';

/** What the form holds: everything as typed, times in UK local time, codes as '' when not chosen. */
export interface AliasFormValues {
  familyName: string;
  givenNames: string;
}

export interface DocumentFormValues {
  type: string;
  number: string;
  issuingState: string;
  expiryDate: string;
  mrz: string;
}

export interface VulnerabilityFormValues {
  medical: string[];
  medicalNotes: string;
  disability: boolean;
  disabilityNotes: string;
  traffickingIndicators: boolean;
  nrmReferredAt: string;
  reasonableGroundsAt: string;
  conclusiveGroundsAt: string;
}

export interface ArrivalFormValues {
  /** Set by the button pressed: "Save" finalises, "Save as draft" keeps it open. */
  status: RecordStatus;
  interceptionId: string;
  route: string;
  site: string;
  arrivedAt: string;
  familyName: string;
  givenNames: string;
  aliases: AliasFormValues[];
  dateOfBirth: string;
  dateOfBirthPrecision: string;
  sex: string;
  nationality: string;
  placeOfBirth: string;
  /** Typed as one line, "Tigrinya, Arabic"; stored as a list. */
  languages: string;
  interpreterNeeded: boolean;
  ageStatus: string;
  unaccompanied: boolean;
  familyGroupId: string;
  documents: DocumentFormValues[];
  biometricsEnrolled: boolean;
  biometricReference: string;
  biometricMatch: string;
  vulnerability: VulnerabilityFormValues;
  asylumClaimedAt: string;
  screenedAt: string;
  screeningOfficer: string;
  notes: string;
}

export const emptyAlias = (): AliasFormValues => ({ familyName: '', givenNames: '' });
export const emptyDocument = (): DocumentFormValues => ({ type: '', number: '', issuingState: '', expiryDate: '', mrz: '' });

/** The time a boat's people arrived: when it was intercepted or landed, else when it was detected. */
export function boatArrivalTime(boat: Interception): string | null {
  return boat.interceptedAt ?? boat.detectedAt;
}

export const shownTime = (iso: string | null): string => (iso ? utcIsoToUkLocalTime(iso) : '');

/** A blank form; from a boat, the boat's facts are filled in already. */
export function emptyArrivalForm(site: string, boat: Interception | null): ArrivalFormValues {
  return {
    status: 'FINAL',
    interceptionId: boat?.id ?? '',
    route: boat ? 'SMALL_BOAT' : '',
    site: boat?.site ?? site,
    arrivedAt: boat ? shownTime(boatArrivalTime(boat)) : '',
    familyName: '',
    givenNames: '',
    aliases: [],
    dateOfBirth: '',
    dateOfBirthPrecision: 'EXACT',
    sex: '',
    nationality: '',
    placeOfBirth: '',
    languages: '',
    interpreterNeeded: false,
    ageStatus: '',
    unaccompanied: false,
    familyGroupId: '',
    documents: [],
    biometricsEnrolled: false,
    biometricReference: '',
    biometricMatch: 'NOT_CHECKED',
    vulnerability: {
      medical: [],
      medicalNotes: '',
      disability: false,
      disabilityNotes: '',
      traffickingIndicators: false,
      nrmReferredAt: '',
      reasonableGroundsAt: '',
      conclusiveGroundsAt: '',
    },
    asylumClaimedAt: '',
    screenedAt: '',
    screeningOfficer: '',
    notes: '',
  };
}

/** A saved record as the form shows it, for a correction. */
export function arrivalFormValues(r: Arrival): ArrivalFormValues {
  const v = r.vulnerability;
  return {
    status: r.status,
    interceptionId: r.interceptionId ?? '',
    route: r.route ?? '',
    site: r.site ?? '',
    arrivedAt: shownTime(r.arrivedAt),
    familyName: r.familyName,
    givenNames: r.givenNames,
    aliases: r.aliases.map((a) => ({ familyName: a.familyName, givenNames: a.givenNames })),
    dateOfBirth: isoDateToDayFirst(r.dateOfBirth ?? ''),
    dateOfBirthPrecision: r.dateOfBirthPrecision,
    sex: r.sex ?? '',
    nationality: r.nationality ?? '',
    placeOfBirth: r.placeOfBirth,
    languages: r.languages.join(', '),
    interpreterNeeded: r.interpreterNeeded,
    ageStatus: r.ageStatus ?? '',
    unaccompanied: r.unaccompanied,
    familyGroupId: r.familyGroupId ?? '',
    documents: r.documents.map((d) => ({ type: d.type, number: d.number, issuingState: d.issuingState ?? '', expiryDate: d.expiryDate ?? '', mrz: d.mrz })),
    biometricsEnrolled: r.biometricsEnrolled,
    biometricReference: r.biometricReference,
    biometricMatch: r.biometricMatch,
    vulnerability: {
      medical: [...v.medical],
      medicalNotes: v.medicalNotes,
      disability: v.disability,
      disabilityNotes: v.disabilityNotes,
      traffickingIndicators: v.traffickingIndicators,
      nrmReferredAt: v.nrmReferredAt ?? '',
      reasonableGroundsAt: v.reasonableGroundsAt ?? '',
      conclusiveGroundsAt: v.conclusiveGroundsAt ?? '',
    },
    asylumClaimedAt: r.asylumClaimedAt ?? '',
    screenedAt: r.screenedAt ?? '',
    screeningOfficer: r.screeningOfficer,
    notes: r.notes,
  };
}
