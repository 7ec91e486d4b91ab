import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { BarChart, type Bar } from '../../ui/BarChart';
import { longDay, shortDay } from './uk-days';

/** Short labels carry the weekday for a week or less; a month needs only the date. */
function barsOf(perDay: DashboardSummary['perDay'], value: (d: DashboardSummary['perDay'][number]) => number): Bar[] {
  const label = perDay.length <= 7 ? shortDay : (day: string) => String(Number(day.slice(8)));
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
