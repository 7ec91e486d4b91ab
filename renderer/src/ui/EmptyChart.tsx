/**
 * A chart with nothing to draw: its title and a plain sentence. Flat 0–1 axes read as a
 * broken drawing, or as a scale, rather than as "nothing recorded in this period".
 */
export function EmptyChart({ title, testId }: { title: string; testId?: string }) {
  return (
    <figure className="chart" data-testid={testId}>
      <figcaption className="chart__title">{title}</figcaption>
      <p className="empty">No data yet for this period.</p>
    </figure>
  );
}
