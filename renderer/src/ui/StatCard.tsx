import { useId, type ReactNode } from 'react';

/** One figure, big enough to read across a cabin; the label names it for screen readers. */
export function StatCard({ label, value, note, tone }: { label: string; value: ReactNode; note?: ReactNode; tone?: 'alert' }) {
  const labelId = useId();
  return (
    <section className={tone === 'alert' ? 'stat stat--alert' : 'stat'} aria-labelledby={labelId}>
      <h3 id={labelId} className="stat__label">
        {label}
      </h3>
      <p className="stat__value">{value}</p>
      {note && <p className="stat__note">{note}</p>}
    </section>
  );
}
