import type { DashboardSummary } from '../../../shared/domain/dashboard';
import { ukDayEndUtc, ukDayStartUtc } from '../../../shared/domain/time';
import { ukDayOfUtcHour } from '../../../shared/domain/uk-day-of-hour';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { topNationalities } from './dashboard-nationalities';

/** The calendar day after `day` (YYYY-MM-DD): calendar arithmetic, with no clock and no zone. */
const nextCalendarDay = (day: string): string => new Date(Date.parse(`${day}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);

const CHILD = "('CLAIMED_CHILD', 'ACCEPTED_CHILD')";
const ADULT = "('ADULT', 'ASSESSED_ADULT')";
/**
 * People are counted from the arrival-time index alone (it carries nationality, sex and age
 * status: migration 13). Named, because for a range wider than a few months SQLite would
 * otherwise read the whole table, every record's JSON, which takes seconds at a million.
 */
const ARRIVALS_BY_TIME = 'arrivals INDEXED BY arrivals_by_arrived';

/**
 * Figures for a range of UK calendar days. Per-day counts are grouped by UTC hour in SQL
 * and folded into UK days here, which stays right across the clock changes.
 */
export function dashboardSummary(db: Db, from: string, to: string): DashboardSummary {
  const range = { start: ukDayStartUtc(from), end: ukDayEndUtc(to) };
  const people = stmt(
    db,
    `SELECT count(*) AS people,
       sum(sex = 'M' AND age_status IN ${ADULT}) AS adultMen,
       sum(sex = 'F' AND age_status IN ${ADULT}) AS adultWomen,
       sum(age_status IN ${CHILD}) AS children
     FROM ${ARRIVALS_BY_TIME} WHERE arrived_at >= @start AND arrived_at < @end`,
  ).get(range) as { people: number; adultMen: number | null; adultWomen: number | null; children: number | null };
  const boats = stmt(
    db,
    `SELECT count(*) AS boats, total(data ->> '$.peopleAboard') AS aboard, total(data ->> '$.deaths') AS deaths,
       total(data ->> '$.missing') AS missing, total(data ->> '$.injured') AS injured,
       sum(data ->> '$.vessel.seized' = 1) AS vesselsSeized,
       total(CASE WHEN data ->> '$.vessel.seized' = 1 THEN json_array_length(data -> '$.vessel.engines') END) AS enginesSeized
     FROM interceptions WHERE detected_at >= @start AND detected_at < @end`,
  ).get(range) as { boats: number; aboard: number; deaths: number; missing: number; injured: number; vesselsSeized: number | null; enginesSeized: number };
  const nationalities = topNationalities(db, range);

  const perDay = new Map<string, { day: string; people: number; boats: number }>();
  for (let day = from; day <= to; day = nextCalendarDay(day)) perDay.set(day, { day, people: 0, boats: 0 });
  const hourly = (table: string, column: string) =>
    stmt(db, `SELECT substr(${column}, 1, 13) || ':00:00.000Z' AS hour, count(*) AS n FROM ${table} WHERE ${column} >= @start AND ${column} < @end GROUP BY 1`).all(range) as { hour: string; n: number }[];
  const ukDayOf = ukDayOfUtcHour();
  for (const { hour, n } of hourly(ARRIVALS_BY_TIME, 'arrived_at')) perDay.get(ukDayOf(hour))!.people += n;
  for (const { hour, n } of hourly('interceptions', 'detected_at')) perDay.get(ukDayOf(hour))!.boats += n;

  const adultMen = people.adultMen ?? 0;
  const adultWomen = people.adultWomen ?? 0;
  const children = people.children ?? 0;
  return {
    from,
    to,
    boats: boats.boats,
    people: people.people,
    peopleAboard: boats.aboard,
    peoplePerBoat: boats.boats ? Math.round((boats.aboard / boats.boats) * 10) / 10 : null,
    nationalities,
    sexAge: { adultMen, adultWomen, children, other: people.people - adultMen - adultWomen - children },
    deaths: boats.deaths,
    missing: boats.missing,
    injured: boats.injured,
    vesselsSeized: boats.vesselsSeized ?? 0,
    enginesSeized: boats.enginesSeized,
    perDay: [...perDay.values()],
  };
}
