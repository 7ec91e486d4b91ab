import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { StatCard } from '../../ui/StatCard';
import { count, share } from './format';

export function WhoArrived({ summary: s }: { summary: DashboardSummary }) {
  const groups = [
    ['Adult men', s.sexAge.adultMen],
    ['Adult women', s.sexAge.adultWomen],
    ['Children', s.sexAge.children],
    ['Other or not recorded', s.sexAge.other],
  ] as const;
  return (
    <section aria-labelledby="who-arrived">
      <h2 id="who-arrived" className="dashboard__heading">
        Sex and age
      </h2>
      <div className="stat-grid stat-grid--small">
        {groups.map(([label, n]) => (
          <StatCard key={label} label={label} value={count(n)} note={`${share(n, s.people)} of people recorded`} />
        ))}
      </div>
    </section>
  );
}
