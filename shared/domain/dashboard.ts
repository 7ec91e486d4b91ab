import { z } from 'zod';
import { calendarDate } from './dates';

/**
 * The longest range the dashboard counts: ten years, day by day. A year typed as 9999 made
 * millions of days to count, and held the engine (and so every screen) for minutes.
 */
export const MAX_DASHBOARD_DAYS = 3660;

export const DashboardQuery = z
  .strictObject({ from: calendarDate('the start date'), to: calendarDate('the end date') })
  .refine((q) => q.from <= q.to, { path: ['to'], error: 'The end date is before the start date' })
  .refine((q) => Date.parse(q.to) - Date.parse(q.from) < MAX_DASHBOARD_DAYS * 86_400_000, {
    path: ['from'],
    error: `Choose at most ${MAX_DASHBOARD_DAYS.toLocaleString('en-GB')} days (ten years)`,
  });

const Count = z.object({ code: z.string(), count: z.number().int() });

/** The statistics officers and managers ask for (DOMAIN.md "Statistics people ask for"). */
export const DashboardSummary = z.object({
  from: z.string(),
  to: z.string(),
  boats: z.number().int(),
  people: z.number().int(),
  peopleAboard: z.number().int(),
  peoplePerBoat: z.number().nullable(),
  nationalities: z.array(Count),
  sexAge: z.object({ adultMen: z.number().int(), adultWomen: z.number().int(), children: z.number().int(), other: z.number().int() }),
  deaths: z.number().int(),
  missing: z.number().int(),
  injured: z.number().int(),
  vesselsSeized: z.number().int(),
  enginesSeized: z.number().int(),
  perDay: z.array(z.object({ day: z.string(), people: z.number().int(), boats: z.number().int() })),
});
export type DashboardSummary = z.infer<typeof DashboardSummary>;
