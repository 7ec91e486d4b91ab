import type { ReactNode } from 'react';

export function PrintSection({ title, long, children }: { title: string; long?: boolean; children: ReactNode }) {
  return (
    <section className={long ? 'print-section print-section--long' : 'print-section'}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

/** Label/value pairs, two pairs a line. Empty values print as a dash so nothing looks missing by accident. */
export function KeyValues({ rows }: { rows: [string, ReactNode][] }) {
  return (
    <dl className="print-kv">
      {rows.map(([label, value]) => (
        <div key={label} style={{ display: 'contents' }}>
          <dt>{label}</dt>
          <dd>{value === '' || value === null || value === undefined ? '—' : value}</dd>
        </div>
      ))}
    </dl>
  );
}
