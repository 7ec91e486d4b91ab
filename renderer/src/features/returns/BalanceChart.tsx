import type { BalanceWeek } from '../../../../shared/domain/returns/returns-queries';
import { axisTicks, labelStep } from '../../ui/chart-scale';
import { EmptyChart } from '../../ui/EmptyChart';
import { useElementWidth } from '../../ui/use-element-width';
import { CHART, PLOT_HEIGHT, weekLabels, weekName } from './balance-weeks';
import { ChartAxes } from './ChartAxes';

interface BalanceChartProps {
  weeks: readonly BalanceWeek[];
  /** 'weekly': two bars a week (out, in); 'cumulative': two running-total lines. */
  mode: 'weekly' | 'cumulative';
  title: string;
}

/**
 * Returns out against transfers in, week by week, drawn in SVG at its shown size. The
 * drawing is hidden from screen readers: the figures table beside it says the same.
 */
export function BalanceChart(props: BalanceChartProps) {
  const { weeks, mode, title } = props;
  const counted = mode === 'weekly' ? weeks.some((w) => w.removals || w.transfersIn) : weeks.some((w) => w.cumulativeRemovals || w.cumulativeTransfersIn);
  // A separate component draws, so its width is measured afresh when data arrives after an empty period.
  if (!counted) return <EmptyChart title={title} testId={`balance-${mode}`} />;
  return <BalanceChartDrawing {...props} />;
}

function BalanceChartDrawing({ weeks, mode, title }: BalanceChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>(800);
  const plotWidth = Math.max(100, width - CHART.left - CHART.right);
  const out = weeks.map((w) => (mode === 'weekly' ? w.removals : w.cumulativeRemovals));
  const inn = weeks.map((w) => (mode === 'weekly' ? w.transfersIn : w.cumulativeTransfersIn));
  const ticks = axisTicks(Math.max(0, ...out, ...inn));
  const top = ticks[ticks.length - 1]!;
  const y = (v: number) => CHART.top + PLOT_HEIGHT - (v / top) * PLOT_HEIGHT;
  const slot = plotWidth / Math.max(1, weeks.length);
  const centre = (i: number) => CHART.left + (i + 0.5) * slot;
  const bar = Math.min(36, Math.max(2, slot * 0.36));
  const labels = weekLabels(weeks);
  const labelEvery = labelStep(labels, plotWidth);
  const line = (values: number[]) => values.map((v, i) => `${i === 0 ? 'M' : 'L'}${centre(i)},${y(v)}`).join(' ');
  const baseline = CHART.top + PLOT_HEIGHT;

  return (
    <figure className="chart" data-testid={`balance-${mode}`}>
      <figcaption className="chart__title">{title}</figcaption>
      <div ref={box} className="chart__box">
        <svg className="chart__svg" width={width} height={CHART.height} viewBox={`0 0 ${width} ${CHART.height}`} aria-hidden="true">
          <ChartAxes ticks={ticks} plotWidth={plotWidth} y={y} valueLabel="People" categoryLabel="Week starting (UK)" />
          {weeks.map((w, i) => (
            <g key={w.week}>
              {mode === 'weekly' && (
                <>
                  <rect className="chart__bar chart__bar--out" x={centre(i) - bar} y={y(out[i]!)} width={bar} height={baseline - y(out[i]!)}>
                    <title>{`${weekName(w)}: ${out[i]} removed to France`}</title>
                  </rect>
                  <rect className="chart__bar chart__bar--in" x={centre(i)} y={y(inn[i]!)} width={bar} height={baseline - y(inn[i]!)}>
                    <title>{`${weekName(w)}: ${inn[i]} arrived by the safe route`}</title>
                  </rect>
                </>
              )}
              {i % labelEvery === 0 && (
                <text className="chart__label" x={centre(i)} y={baseline + 18} textAnchor="middle">
                  {labels[i]}
                </text>
              )}
            </g>
          ))}
          {mode === 'cumulative' && (
            <>
              <path className="chart__line chart__line--out" d={line(out)} />
              <path className="chart__line chart__line--in" d={line(inn)} />
            </>
          )}
        </svg>
      </div>
      <p className="chart-legend" aria-hidden="true">
        <span>
          <span className="chart-legend__swatch chart-legend__swatch--out" />
          Removed to France (out)
        </span>
        <span>
          <span className="chart-legend__swatch chart-legend__swatch--in" />
          Arrived by the safe route (in)
        </span>
      </p>
    </figure>
  );
}
