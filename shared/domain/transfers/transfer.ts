import { z } from 'zod';
import { calendarDate, todayIso } from '../dates';
import { isoInstant, notInFuture, Uuid } from '../fields';
import { formatCalendarDate } from '../time';
import { isNationalityCode } from '../reference/countries';
import { codesOf } from '../reference/options';
import { SEXES } from '../reference/arrival-codes';
import { reasonText, text } from '../record-status';
import { EVEN_WITH_FIELD_ISSUES, fieldsValid } from '../validation';
import { CheckResult, TransferHistoryEntry, TransferState } from './transfer-states';

/** One safe-route application (one person), as the officer records it. */

const required = (max: number, label: string, missing: string) => text(max, label).refine((v) => v !== '', { error: missing });

export const TransferChecks = z.strictObject({
  locationVerified: CheckResult.default('NOT_DONE'),
  security: CheckResult.default('NOT_DONE'),
  eligibility: CheckResult.default('NOT_DONE'),
});

const transferFields = {
  applicationReference: required(40, 'Application reference', 'Enter the application reference'),
  familyReference: text(40, 'Family reference'),
  familyName: required(80, 'Family name', 'Enter the family name'),
  givenNames: text(120, 'Given names'),
  dateOfBirth: calendarDate('the date of birth').refine((d) => d >= '1900-01-01' && d <= todayIso(), { error: 'Date of birth must be between 1900 and today' }),
  nationality: z.string({ error: 'Choose the nationality' }).trim().toUpperCase().refine(isNationalityCode, { error: 'Choose a nationality from the list' }),
  sex: z.enum(codesOf(SEXES), { error: 'Choose the sex' }),
  placeOfBirth: text(120, 'Place of birth'),
  documentNumber: text(20, 'Document number').transform((v) => v.toUpperCase()),
  checks: TransferChecks.default(() => TransferChecks.parse({})),
  entryClearanceIssuedOn: calendarDate('the entry clearance issue date').nullable().default(null),
  entryClearanceValidUntil: calendarDate('the entry clearance end date').nullable().default(null),
};

/** The last day entry clearance may run to: it is valid for up to 3 months from issue. */
export function latestValidUntil(issuedOn: string): string {
  const [y, m, d] = issuedOn.split('-').map(Number) as [number, number, number];
  const lastDay = new Date(Date.UTC(y, m + 3, 0)).getUTCDate();
  return new Date(Date.UTC(y, m + 2, Math.min(d, lastDay))).toISOString().slice(0, 10);
}

/** Whole years of age on a calendar day. */
export function ageOnDay(dateOfBirth: string, day: string): number {
  const years = Number(day.slice(0, 4)) - Number(dateOfBirth.slice(0, 4));
  return day.slice(5) < dateOfBirth.slice(5) ? years - 1 : years;
}

type TransferShape = z.output<z.ZodObject<typeof transferFields>>;

function transferRules(v: TransferShape, ctx: z.RefinementCtx) {
  // The scheme takes adults, or families led by an adult: a child applies only with a family.
  if (fieldsValid(ctx, 'dateOfBirth', 'familyReference') && ageOnDay(v.dateOfBirth, todayIso()) < 18 && !v.familyReference) {
    ctx.addIssue({ code: 'custom', path: ['familyReference'], message: 'A child applies only as part of a family led by an adult: enter the family reference' });
  }
  if (!fieldsValid(ctx, 'entryClearanceIssuedOn', 'entryClearanceValidUntil')) return;
  const { entryClearanceIssuedOn: issued, entryClearanceValidUntil: until } = v;
  if (until && !issued) ctx.addIssue({ code: 'custom', path: ['entryClearanceIssuedOn'], message: 'Enter the issue date of the entry clearance' });
  if (issued && !until) ctx.addIssue({ code: 'custom', path: ['entryClearanceValidUntil'], message: 'Enter the date the entry clearance is valid until' });
  if (issued && until && until < issued) ctx.addIssue({ code: 'custom', path: ['entryClearanceValidUntil'], message: 'Entry clearance cannot end before it is issued' });
  if (issued && until && until > latestValidUntil(issued)) {
    ctx.addIssue({ code: 'custom', path: ['entryClearanceValidUntil'], message: `Entry clearance is valid for up to 3 months: at most until ${formatCalendarDate(latestValidUntil(issued))}` });
  }
}

export const TransferInput = z.strictObject(transferFields).superRefine(transferRules, EVEN_WITH_FIELD_ISSUES);
export type TransferInput = z.input<typeof TransferInput>;
export type TransferFields = z.output<typeof TransferInput>;

export const TransferUpdate = z.strictObject({ id: Uuid, version: z.number().int().min(1), changes: TransferInput });

export const Transfer = z.object({
  ...transferFields,
  state: TransferState,
  history: z.array(TransferHistoryEntry),
  arrivedUkAt: z.string().nullable(),
  /** The arrival record made when the person reached the UK (route SAFE_ROUTE). */
  arrivalId: z.string().nullable(),
  id: z.string(),
  reference: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type Transfer = z.output<typeof Transfer>;

export const TransferView = z.object({ transfer: Transfer, allowedMoves: z.array(TransferState) });
export type TransferView = z.output<typeof TransferView>;

export const AdvanceTransferInput = z.strictObject({
  id: Uuid,
  version: z.number().int().min(1),
  to: TransferState,
  reason: reasonText(),
  /** Only for ARRIVED_UK: when the person arrived. */
  arrivedUkAt: notInFuture(isoInstant('Enter the arrival time'), 'Arrival time cannot be in the future').nullable().default(null),
});
export type AdvanceTransferInput = z.output<typeof AdvanceTransferInput>;

export const TransferListQuery = z.strictObject({
  state: TransferState.nullable().default(null),
  search: z.string().trim().max(80, { error: 'Search for at most 80 characters' }).default(''),
});

export const TransferSummary = z.object({
  id: z.string(),
  reference: z.string(),
  applicationReference: z.string(),
  familyReference: z.string(),
  name: z.string(),
  nationality: z.string(),
  state: TransferState,
  arrivedUkAt: z.string().nullable(),
  updatedAt: z.string(),
});
export type TransferSummary = z.output<typeof TransferSummary>;
