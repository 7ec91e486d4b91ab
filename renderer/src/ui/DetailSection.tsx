import { useId, type ReactNode } from 'react';

export type DetailRow = readonly [label: string, value: ReactNode];

/** A titled group of read-only facts, laid out as a definition list. */
export function DetailSection({ title, rows, children }: { title: string; rows: readonly DetailRow[]; children?: ReactNode }) {
  const headingId = useId();
  return (
    <section className="detail-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      {rows.length > 0 && (
        <dl className="details">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value === '' || value === null ? '—' : value}</dd>
            </div>
          ))}
        </dl>
      )}
      {children}
    </section>
  );
}
