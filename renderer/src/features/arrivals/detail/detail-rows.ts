import type { ReactNode } from 'react';
import type { Arrival } from '../../../../../shared/domain/arrival';
import {
  AGE_STATUSES,
  ARRIVAL_ROUTES,
  BIOMETRIC_MATCHES,
  MEDICAL_TRIAGE,
  SEXES,
} from '../../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../../shared/domain/reference/countries';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { SITES } from '../../../../../shared/domain/reference/sites';
import { formatCalendarDate, formatDateOfBirth, formatUkDateTime } from '../../../../../shared/domain/time';
import type { DetailRow } from '../../../ui/DetailSection';
import { personName } from '../../../../../shared/domain/person-name';

const yesNo = (value: boolean): string => (value ? 'Yes' : 'No');
const orDash = (value: string | null | undefined): string => value || '—';
const withCode = (code: string | null): string => (code ? `${nationalityName(code)} (${code})` : '—');
/** On screen an exact date says so too, beside a year-only or estimated one. */
const dateOfBirth = (r: Arrival): string =>
  `${formatDateOfBirth(r.dateOfBirth, r.dateOfBirthPrecision) ?? '—'}${r.dateOfBirth && r.dateOfBirthPrecision === 'EXACT' ? ' (exact date)' : ''}`;

export function arrivalRows(r: Arrival): DetailRow[] {
  return [
    ['Route', orDash(labelOf(ARRIVAL_ROUTES, r.route))],
    ['Site', orDash(labelOf(SITES, r.site))],
    ['Arrived (UK time)', formatUkDateTime(r.arrivedAt)],
  ];
}

export function identityRows(r: Arrival): DetailRow[] {
  return [
    ['Family name', orDash(r.familyName)],
    ['Given names', orDash(r.givenNames)],
    ['Aliases', r.aliases.length ? r.aliases.map((a) => personName(a)).join('; ') : '—'],
    ['Date of birth', dateOfBirth(r)],
    ['Sex', orDash(labelOf(SEXES, r.sex))],
    ['Nationality', withCode(r.nationality)],
    ['Place of birth', orDash(r.placeOfBirth)],
    ['Languages', r.languages.length ? r.languages.join(', ') : '—'],
    ['Interpreter needed', yesNo(r.interpreterNeeded)],
  ];
}

/** `family`: who the person travels with (FamilyMembers.tsx), shown for the family group. */
export function ageFamilyRows(r: Arrival, family: ReactNode): DetailRow[] {
  return [
    ['Age status', orDash(labelOf(AGE_STATUSES, r.ageStatus))],
    ['Unaccompanied child', yesNo(r.unaccompanied)],
    ['Family group', family],
  ];
}

export function biometricRows(r: Arrival): DetailRow[] {
  return [
    ['Enrolled', yesNo(r.biometricsEnrolled)],
    ['Enrolment reference', orDash(r.biometricReference)],
    ['Match result', labelOf(BIOMETRIC_MATCHES, r.biometricMatch)],
  ];
}

export function vulnerabilityRows(r: Arrival): DetailRow[] {
  const v = r.vulnerability;
  return [
    ['Medical triage', v.medical.length ? v.medical.map((m) => labelOf(MEDICAL_TRIAGE, m)).join(', ') : 'None recorded'],
    ['Medical notes', orDash(v.medicalNotes)],
    ['Disability', yesNo(v.disability)],
    ['Disability notes', orDash(v.disabilityNotes)],
    ['Trafficking or modern-slavery indicators', yesNo(v.traffickingIndicators)],
    ['NRM referral made', formatCalendarDate(v.nrmReferredAt)],
    ['Reasonable grounds decision', formatCalendarDate(v.reasonableGroundsAt)],
    ['Conclusive grounds decision', formatCalendarDate(v.conclusiveGroundsAt)],
  ];
}

export function asylumRows(r: Arrival): DetailRow[] {
  return [
    ['Asylum claimed', formatCalendarDate(r.asylumClaimedAt)],
    ['Screening interview', formatCalendarDate(r.screenedAt)],
    ['Screening officer', orDash(r.screeningOfficer)],
  ];
}

export function recordRows(r: Arrival): DetailRow[] {
  return [
    ['Recorded by', r.createdBy],
    ['Recorded at', formatUkDateTime(r.createdAt)],
    ['Last changed', formatUkDateTime(r.updatedAt)],
    ['Version', String(r.version)],
  ];
}
