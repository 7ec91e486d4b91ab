import { CHART, PLOT_HEIGHT } from './balance-weeks';

interface ChartAxesProps {
  ticks: readonly number[];
  plotWidth: number;
  y(value: number): number;
  valueLabel: string;
  categoryLabel: string;
}

/** Gridlines with round numbers, the baseline, and both axis titles. */
export function ChartAxes({ ticks, plotWidth, y, valueLabel, categoryLabel }: ChartAxesProps) {
  const baseline = CHART.top + PLOT_HEIGHT;
  return (
    <>
      {ticks.map((tick) => (
        <g key={tick} className="chart__tick">
          <line x1={CHART.left} x2={CHART.left + plotWidth} y1={y(tick)} y2={y(tick)} />
          <text x={CHART.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
            {tick.toLocaleString('en-GB')}
          </text>
        </g>
      ))}
      <line className="chart__axis" x1={CHART.left} x2={CHART.left + plotWidth} y1={baseline} y2={baseline} />
      <text className="chart__axis-label" x={CHART.left + plotWidth / 2} y={CHART.height - 4} textAnchor="middle">
        {categoryLabel}
      </text>
      <text className="chart__axis-label" transform={`translate(14 ${CHART.top + PLOT_HEIGHT / 2}) rotate(-90)`} textAnchor="middle">
        {valueLabel}
      </text>
    </>
  );
}
