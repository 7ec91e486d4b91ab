import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { BarChart, type Bar } from '../../ui/BarChart';
import { dayAndMonth, dayMonthYear, longDay, shortDay } from './uk-days';

/**
 * Short labels carry the weekday for a week or less; days of one month need only the date;
 * longer ranges name the month, and the year too when they run into another year.
 */
function dayLabel(perDay: DashboardSummary['perDay']): (day: string) => string {
  const first = perDay[0]?.day ?? '';
  const last = perDay.at(-1)?.day ?? '';
  if (perDay.length <= 7) return shortDay;
  if (first.slice(0, 7) === last.slice(0, 7)) return (day) => String(Number(day.slice(8)));
  return first.slice(0, 4) === last.slice(0, 4) ? dayAndMonth : dayMonthYear;
}

function barsOf(perDay: DashboardSummary['perDay'], value: (d: DashboardSummary['perDay'][number]) => number): Bar[] {
  const label = dayLabel(perDay);
  return perDay.map((d) => ({ key: d.day, label: label(d.day), name: longDay(d.day), value: value(d) }));
}

export function PerDayCharts({ summary: s }: { summary: DashboardSummary }) {
  return (
    <section aria-labelledby="per-day" className="chart-grid">
      <h2 id="per-day" className="dashboard__heading">
        Day by day
      </h2>
      <BarChart title="People recorded per day" bars={barsOf(s.perDay, (d) => d.people)} valueLabel="People" categoryLabel="Day (UK)" />
      <BarChart title="Boats per day" bars={barsOf(s.perDay, (d) => d.boats)} valueLabel="Boats" categoryLabel="Day (UK)" />
    </section>
  );
}
