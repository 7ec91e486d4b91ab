import { dayFirstDateToIso } from '../../../../shared/domain/dates';
import { ukLocalToUtcIso } from '../../../../shared/domain/time';
import type { ArrivalFormValues, DocumentFormValues, VulnerabilityFormValues } from './form-values';

/** Blank means "not recorded" (null); the schema then says what a finalised record still needs. */
const orNull = (text: string): string | null => (text.trim() === '' ? null : text);

/** Unreadable times are passed on as typed so the schema names the field, rather than dropped. */
function toInstant(text: string): string | null {
  if (text.trim() === '') return null;
  return ukLocalToUtcIso(text) ?? text;
}

export function toLanguages(text: string): string[] {
  return text
    .split(/[,;]/)
    .map((l) => l.trim())
    .filter(Boolean);
}

function toDocument(d: DocumentFormValues): unknown {
  return { type: d.type || undefined, number: d.number, issuingState: orNull(d.issuingState), expiryDate: orNull(d.expiryDate), mrz: d.mrz };
}

function toVulnerability(v: VulnerabilityFormValues): unknown {
  return {
    // A group of checkboxes reads as `false` when the form never rendered it.
    medical: Array.isArray(v.medical) ? v.medical : [],
    medicalNotes: v.medicalNotes,
    disability: v.disability,
    disabilityNotes: v.disabilityNotes,
    traffickingIndicators: v.traffickingIndicators,
    nrmReferredAt: orNull(v.nrmReferredAt),
    reasonableGroundsAt: orNull(v.reasonableGroundsAt),
    conclusiveGroundsAt: orNull(v.conclusiveGroundsAt),
  };
}

/** The form's strings as ArrivalInput; the shared schema does every check. */
export function toArrivalInput(v: ArrivalFormValues): unknown {
  return {
    status: v.status,
    interceptionId: orNull(v.interceptionId),
    route: orNull(v.route),
    site: orNull(v.site),
    arrivedAt: toInstant(v.arrivedAt),
    familyName: v.familyName,
    givenNames: v.givenNames,
    aliases: v.aliases,
    dateOfBirth: orNull(dayFirstDateToIso(v.dateOfBirth)),
    dateOfBirthPrecision: v.dateOfBirthPrecision || undefined,
    sex: orNull(v.sex),
    nationality: orNull(v.nationality),
    placeOfBirth: v.placeOfBirth,
    languages: toLanguages(v.languages),
    interpreterNeeded: v.interpreterNeeded,
    ageStatus: orNull(v.ageStatus),
    unaccompanied: v.unaccompanied,
    familyGroupId: orNull(v.familyGroupId),
    documents: v.documents.map(toDocument),
    biometricsEnrolled: v.biometricsEnrolled,
    biometricReference: v.biometricReference,
    biometricMatch: v.biometricMatch || undefined,
    vulnerability: toVulnerability(v.vulnerability),
    asylumClaimedAt: orNull(v.asylumClaimedAt),
    screenedAt: orNull(v.screenedAt),
    screeningOfficer: v.screeningOfficer,
    notes: v.notes,
  };
}
