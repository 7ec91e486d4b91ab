import { z } from 'zod';
import { codesOf } from './reference/options';
import { SITES } from './reference/sites';
import {
  AGE_STATUSES,
  ARRIVAL_ROUTES,
  BIOMETRIC_MATCHES,
  DOB_PRECISIONS,
  DOCUMENT_TYPES,
  MEDICAL_TRIAGE,
  SEXES,
} from './reference/arrival-codes';
import { isNationalityCode } from './reference/countries';
import { isoInstant, notInFuture, Uuid } from './fields';
import { calendarDate, isCalendarDate, todayIso } from './dates';
import { withoutInvisibleCharacters } from './invisible-characters';
import { RecordStatus, requireWhenFinal, text } from './record-status';
import { arrivalDateOrderIssues } from './arrival-date-order';
import { adultWithChildsBirthProblem } from './arrival-age-status';
import { EVEN_WITH_FIELD_ISSUES, fieldsValid } from './validation';

const nationality = (label: string) =>
  z
    .string({ error: `Choose the ${label}` })
    .trim()
    .toUpperCase()
    .refine(isNationalityCode, { error: `Choose ${/^[aeiou]/i.test(label) ? 'an' : 'a'} ${label} from the list` });

const pastDate = (label: string) => calendarDate(label).refine((d) => d <= todayIso(), { error: `${label[0]!.toUpperCase()}${label.slice(1)} cannot be in the future` });

export const Alias = z.strictObject({ familyName: text(80, 'Alias family name'), givenNames: text(120, 'Alias given names') });

export const IdentityDocument = z.strictObject({
  type: z.enum(codesOf(DOCUMENT_TYPES), { error: 'Choose the document type' }),
  number: z
    .string({ error: 'Enter the document number' })
    .trim()
    .toUpperCase()
    .min(1, { error: 'Enter the document number' })
    .max(20, { error: 'A document number has at most 20 characters' })
    .regex(/^[A-Z0-9<-]+$/, { error: 'A document number has only letters and digits' }),
  issuingState: nationality('issuing state').nullable().default(null),
  expiryDate: calendarDate('the expiry date').nullable().default(null),
  mrz: text(100, 'MRZ'),
});
export type IdentityDocument = z.output<typeof IdentityDocument>;

export const Vulnerability = z.strictObject({
  medical: z.array(z.enum(codesOf(MEDICAL_TRIAGE))).max(5).default([]),
  medicalNotes: text(1000, 'Medical notes'),
  disability: z.boolean().default(false),
  disabilityNotes: text(1000, 'Disability notes'),
  traffickingIndicators: z.boolean().default(false),
  nrmReferredAt: pastDate('the NRM referral date').nullable().default(null),
  reasonableGroundsAt: pastDate('the reasonable grounds decision date').nullable().default(null),
  conclusiveGroundsAt: pastDate('the conclusive grounds decision date').nullable().default(null),
});

const arrivalFields = {
  status: RecordStatus.default('FINAL'),
  interceptionId: Uuid.nullable().default(null),
  route: z.enum(codesOf(ARRIVAL_ROUTES), { error: 'Choose the arrival route' }).nullable().default(null),
  site: z.enum(codesOf(SITES), { error: 'Choose the site' }).nullable().default(null),
  arrivedAt: notInFuture(isoInstant('Enter the arrival time'), 'Arrival time cannot be in the future').nullable().default(null),
  familyName: text(80, 'Family name'),
  givenNames: text(120, 'Given names'),
  aliases: z.array(Alias).max(10, { error: 'At most 10 aliases' }).default([]),
  dateOfBirth: z.string().trim().nullable().default(null),
  dateOfBirthPrecision: z.enum(codesOf(DOB_PRECISIONS), { error: 'Choose how the date of birth is known' }).default('EXACT'),
  sex: z.enum(codesOf(SEXES), { error: 'Choose the sex' }).nullable().default(null),
  nationality: nationality('nationality').nullable().default(null),
  placeOfBirth: text(120, 'Place of birth'),
  languages: z
    .array(z.string().overwrite(withoutInvisibleCharacters).trim().min(1).max(40, { error: 'A language can be at most 40 characters: separate languages with commas' }))
    .max(10, { error: 'At most 10 languages' })
    .default([]),
  interpreterNeeded: z.boolean().default(false),
  ageStatus: z.enum(codesOf(AGE_STATUSES), { error: 'Choose the age status' }).nullable().default(null),
  unaccompanied: z.boolean().default(false),
  familyGroupId: z.string().trim().max(40, { error: 'A family group id can be at most 40 characters' }).nullable().default(null),
  documents: z.array(IdentityDocument).max(10, { error: 'At most 10 documents' }).default([]),
  biometricsEnrolled: z.boolean().default(false),
  biometricReference: text(40, 'Biometric enrolment reference'),
  biometricMatch: z.enum(codesOf(BIOMETRIC_MATCHES)).default('NOT_CHECKED'),
  vulnerability: Vulnerability.default(() => Vulnerability.parse({})),
  asylumClaimedAt: pastDate('the asylum claim date').nullable().default(null),
  screenedAt: pastDate('the screening date').nullable().default(null),
  screeningOfficer: text(80, 'Screening officer'),
  notes: text(5000, 'Notes'),
};

const FINAL_REQUIRES = {
  route: 'Choose the arrival route',
  site: 'Choose the site',
  arrivedAt: 'Enter the arrival time',
  familyName: 'Enter the family name (or UNKNOWN)',
  sex: 'Choose the sex',
  nationality: 'Choose the nationality',
  dateOfBirth: 'Enter the date of birth, the year, or an estimate',
  ageStatus: 'Choose the age status',
};

type ArrivalShape = z.output<z.ZodObject<typeof arrivalFields>>;

/** What a date of birth should look like for how it is known; an estimate typed as a year is told how to say so. */
function dateOfBirthShapeMessage(precision: ArrivalShape['dateOfBirthPrecision'], typed: string): string {
  if (/\d:\d/.test(typed)) return 'A date of birth has no time: write the date alone, e.g. 14/03/1998';
  if (precision === 'YEAR') return 'Date of birth must be a year, e.g. 1998';
  if (precision === 'ESTIMATED' && /^\d{4}$/.test(typed)) {
    return 'An estimated date of birth is a whole date, e.g. 01/07/1990; for a year alone, choose "Year only"';
  }
  return 'Date of birth must be a real date, e.g. 14/03/1998';
}

function arrivalRules(v: ArrivalShape, ctx: z.RefinementCtx) {
  requireWhenFinal(FINAL_REQUIRES)(v, ctx);
  const valid = (...fields: string[]) => fieldsValid(ctx, ...fields);
  if (v.dateOfBirth && valid('dateOfBirth', 'dateOfBirthPrecision')) {
    const ok = v.dateOfBirthPrecision === 'YEAR' ? /^\d{4}$/.test(v.dateOfBirth) : isCalendarDate(v.dateOfBirth);
    const year = Number(v.dateOfBirth.slice(0, 4));
    if (!ok) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: dateOfBirthShapeMessage(v.dateOfBirthPrecision, v.dateOfBirth) });
    } else if (year < 1900 || v.dateOfBirth > todayIso()) {
      ctx.addIssue({ code: 'custom', path: ['dateOfBirth'], message: 'Date of birth must be between 1900 and today' });
    } else if (valid('ageStatus', 'arrivedAt')) {
      const ageProblem = adultWithChildsBirthProblem(v);
      if (ageProblem) ctx.addIssue({ code: 'custom', path: ['ageStatus'], message: ageProblem });
    }
  }
  if (v.route === 'SMALL_BOAT' && v.status === 'FINAL' && !v.interceptionId && valid('route', 'status', 'interceptionId')) {
    ctx.addIssue({ code: 'custom', path: ['interceptionId'], message: 'A small-boat arrival belongs to an interception' });
  }
  if (v.unaccompanied && v.ageStatus && !['CLAIMED_CHILD', 'ACCEPTED_CHILD', 'DISPUTED'].includes(v.ageStatus) && valid('unaccompanied', 'ageStatus')) {
    ctx.addIssue({ code: 'custom', path: ['unaccompanied'], message: 'Only a child (claimed, accepted or disputed) is recorded as unaccompanied' });
  }
  if (valid('vulnerability', 'arrivedAt', 'asylumClaimedAt', 'screenedAt')) {
    const v2 = v.vulnerability;
    if ((v2.reasonableGroundsAt || v2.conclusiveGroundsAt) && !v2.nrmReferredAt) {
      ctx.addIssue({ code: 'custom', path: ['vulnerability', 'nrmReferredAt'], message: 'Enter the NRM referral date before its decisions' });
    }
    for (const issue of arrivalDateOrderIssues(v)) ctx.addIssue({ code: 'custom', ...issue });
  }
  if (v.biometricsEnrolled && !v.biometricReference && valid('biometricsEnrolled', 'biometricReference')) {
    ctx.addIssue({ code: 'custom', path: ['biometricReference'], message: 'Enter the enrolment reference' });
  }
}

/** One person (DOMAIN.md "Arrivals"). A draft may be incomplete; FINAL requires identity basics. */
export const ArrivalInput = z.strictObject(arrivalFields).superRefine(arrivalRules, EVEN_WITH_FIELD_ISSUES);
export type ArrivalInput = z.input<typeof ArrivalInput>;
export type ArrivalFields = z.output<typeof ArrivalInput>;

export const ArrivalUpdate = z.strictObject({ id: Uuid, version: z.number().int().min(1), changes: ArrivalInput });

export const Arrival = z.object({
  ...arrivalFields,
  id: z.string(),
  reference: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Arrival = z.output<typeof Arrival>;
