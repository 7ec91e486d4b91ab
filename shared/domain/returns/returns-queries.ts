import { z } from 'zod';
import { calendarDate } from '../dates';
import { isoInstant, Uuid } from '../fields';
import { ukDayOf } from '../time';
import { ReturnCaseState } from './case-states';
import { DeadlineView } from './returns-case-record';

/** Lists and figures for the Returns page: due-soon deadlines, the weekly cap, the balance. */

export const DueSoonItem = z.object({
  caseId: z.string(),
  caseReference: z.string(),
  arrivalId: z.string(),
  personReference: z.string(),
  name: z.string(),
  state: ReturnCaseState,
  deadline: DeadlineView,
  /** What closes the item when it is not the deadline's own step (e.g. a case assessed not eligible). */
  nextStep: z.string().optional(),
});
export type DueSoonItem = z.output<typeof DueSoonItem>;

export const DueSoonList = z.object({ asOf: z.string(), items: z.array(DueSoonItem) });

export const MIN_WEEKLY_CAP = 1;
export const MAX_WEEKLY_CAP = 1000;

export const WeeklyCapView = z.object({
  /** e.g. '2026-W48', in UK time. */
  week: z.string(),
  /** Monday 00:00 UK time, as UTC ISO. */
  weekStart: z.string(),
  count: z.number().int(),
  cap: z.number().int(),
  remaining: z.number().int(),
  full: z.boolean(),
  warning: z.string().nullable(),
});
export type WeeklyCapView = z.output<typeof WeeklyCapView>;

/** The week to count: the one `at` falls in (UK time), this week when left out. */
export const WeeklyCapQuery = z
  .strictObject({
    at: isoInstant('Enter the time as a date and time').optional(),
    /** The case being rescheduled: its own removal is not counted against the week it is moving in or out of. */
    exceptCaseId: Uuid.optional(),
  })
  .optional()
  .default({});

/** The weeks after this one that are at or over the cap already, soonest first: seen before anyone schedules into them. */
export const WeeksAtCap = z.object({
  cap: z.number().int(),
  weeks: z.array(z.object({ week: z.string(), weekStart: z.string(), count: z.number().int() })),
});
export type WeeksAtCap = z.output<typeof WeeksAtCap>;

export const SetWeeklyCapInput = z.strictObject({
  cap: z
    .number({ error: 'Enter the weekly cap as a number' })
    .int({ error: 'The weekly cap is a whole number' })
    .min(MIN_WEEKLY_CAP, { error: `The weekly cap is at least ${MIN_WEEKLY_CAP}` })
    .max(MAX_WEEKLY_CAP, { error: `The weekly cap is at most ${MAX_WEEKLY_CAP.toLocaleString('en-GB')}` }),
});

/** About three years of weeks: enough for the pilot and a renewal, small enough to draw. */
export const MAX_BALANCE_DAYS = 1100;

export const BalanceQuery = z
  .strictObject({ from: calendarDate('the start date'), to: calendarDate('the end date') })
  .refine((q) => q.from <= q.to, { path: ['to'], error: 'The end date is before the start date' })
  // Weeks to come have no removals or arrivals yet: they are left out (see Balance.until).
  .refine((q) => q.from <= ukDayOf(new Date().toISOString()), { path: ['from'], error: 'The start date is in the future: nothing has been counted yet' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) <= MAX_BALANCE_DAYS * 86_400_000, {
    path: ['from'],
    error: `Choose at most ${MAX_BALANCE_DAYS.toLocaleString('en-GB')} days`,
  });

export const BalanceWeek = z.object({
  week: z.string(),
  weekStart: z.string(),
  removals: z.number().int(),
  transfersIn: z.number().int(),
  /** Every removal and transfer recorded up to the end of this week, including those before the range. */
  cumulativeRemovals: z.number().int(),
  cumulativeTransfersIn: z.number().int(),
});
export type BalanceWeek = z.output<typeof BalanceWeek>;

export const Balance = z.object({
  from: z.string(),
  to: z.string(),
  /** The last day counted: `to`, or today when `to` is later (weeks to come are not shown as empty weeks). */
  until: z.string(),
  weeks: z.array(BalanceWeek),
  /** Counted before the first week shown, so cumulative figures are totals since records began. */
  before: z.object({ removals: z.number().int(), transfersIn: z.number().int() }),
});
export type Balance = z.output<typeof Balance>;
