import { z } from 'zod';
import { codesOf } from './reference/options';
import { SITES } from './reference/sites';
import { calendarDate } from './dates';
import { RecordStatus } from './record-status';
import { Uuid } from './fields';

export const ARRIVAL_SORTS = ['arrivedAt', 'familyName', 'nationality'] as const;

/** Filters shared by the list, its CSV export and the dashboard. Dates are UK calendar days. */
export const ArrivalFilter = z
  .strictObject({
    from: calendarDate('the start date').nullable().default(null),
    to: calendarDate('the end date').nullable().default(null),
    site: z.enum(codesOf(SITES), { error: 'Choose a site from the list' }).nullable().default(null),
    nationality: z.string().trim().toUpperCase().length(3, { error: 'Choose a nationality from the list' }).nullable().default(null),
    vulnerable: z.boolean().nullable().default(null),
    status: RecordStatus.nullable().default(null),
    interceptionId: Uuid.nullable().default(null),
    /** A name (any part, accents optional), a reference or a document number. */
    search: z.string().trim().max(100, { error: 'Search at most 100 characters' }).default(''),
  })
  .refine((f) => !f.from || !f.to || f.from <= f.to, { path: ['to'], error: 'The end date is before the start date' });
export type ArrivalFilter = z.output<typeof ArrivalFilter>;

export const ArrivalListQuery = z.strictObject({
  filter: ArrivalFilter.default(() => ArrivalFilter.parse({})),
  sort: z.enum(ARRIVAL_SORTS).default('arrivedAt'),
  direction: z.enum(['asc', 'desc']).default('desc'),
  offset: z.number().int().min(0).max(10_000_000).default(0),
  limit: z.number().int().min(1).max(500).default(100),
  /** Counting costs more than a page: a scrolling list asks once, with its first page. */
  withTotal: z.boolean().default(true),
});

export const ArrivalSummary = z.object({
  id: z.string(),
  reference: z.string(),
  status: RecordStatus,
  familyName: z.string(),
  givenNames: z.string(),
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: z.string().nullable(),
  sex: z.string().nullable(),
  nationality: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  site: z.string().nullable(),
  interceptionId: z.string().nullable(),
  ageStatus: z.string().nullable(),
  unaccompanied: z.boolean(),
  familyGroupId: z.string().nullable(),
  vulnerable: z.boolean(),
  /** Why a person is vulnerable, for hand-overs: triage codes (MEDICAL_TRIAGE) and the two flags. */
  medical: z.array(z.string()),
  disability: z.boolean(),
  traffickingIndicators: z.boolean(),
});
export type ArrivalSummary = z.infer<typeof ArrivalSummary>;
