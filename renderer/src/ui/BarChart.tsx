import { axisTicks, labelStep } from './chart-scale';
import { EmptyChart } from './EmptyChart';
import { useElementWidth } from './use-element-width';

export interface Bar {
  key: string;
  /** Short text under the bar, e.g. "Mon 4". */
  label: string;
  /** Full text for the tooltip and the table, e.g. "Monday 4 August 2025". */
  name: string;
  value: number;
}

interface BarChartProps {
  title: string;
  bars: readonly Bar[];
  /** What the numbers count, e.g. "People"; the y axis and the table's column. */
  valueLabel: string;
  /** What each bar is, e.g. "Day (UK)"; the x axis and the table's first column. */
  categoryLabel: string;
}

const HEIGHT = 260;
const MARGIN = { top: 24, right: 12, bottom: 52, left: 64 };
const PLOT_H = HEIGHT - MARGIN.top - MARGIN.bottom;
/** One bar on a wide chart should still look like a bar. */
const WIDEST_BAR = 96;

/**
 * A plain bar chart drawn in SVG at the size it is shown, so its text stays the size of the
 * page's text. Sighted users get bars with tooltips (<title>) and labelled axes;
 * screen-reader users get a table of the same numbers instead of the drawing (hidden from
 * them, as it would only repeat the table).
 */
export function BarChart(props: BarChartProps) {
  // A separate component draws, so its width is measured afresh when data arrives after an empty period.
  if (props.bars.every((bar) => bar.value === 0)) return <EmptyChart title={props.title} />;
  return <BarChartDrawing {...props} />;
}

function BarChartDrawing({ title, bars, valueLabel, categoryLabel }: BarChartProps) {
  const [box, width] = useElementWidth<HTMLDivElement>(800);
  const plotWidth = Math.max(100, width - MARGIN.left - MARGIN.right);
  const ticks = axisTicks(Math.max(0, ...bars.map((b) => b.value)));
  const top = ticks[ticks.length - 1]!;
  const slot = plotWidth / Math.max(1, bars.length);
  const barWidth = Math.min(WIDEST_BAR, Math.max(2, slot * 0.7));
  const labelEvery = labelStep(bars.map((b) => b.label), plotWidth);
  const showValues = labelEvery === 1;
  const y = (value: number) => MARGIN.top + PLOT_H - (value / top) * PLOT_H;
  const baseline = MARGIN.top + PLOT_H;

  return (
    <figure className="chart">
      <figcaption className="chart__title">{title}</figcaption>
      <div ref={box} className="chart__box">
        <svg className="chart__svg" width={width} height={HEIGHT} viewBox={`0 0 ${width} ${HEIGHT}`} aria-hidden="true">
          {ticks.map((tick) => (
            <g key={tick} className="chart__tick">
              <line x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
                {tick.toLocaleString('en-GB')}
              </text>
            </g>
          ))}
          {bars.map((bar, i) => {
            const centre = MARGIN.left + (i + 0.5) * slot;
            return (
              <g key={bar.key}>
                <rect className="chart__bar" x={centre - barWidth / 2} y={y(bar.value)} width={barWidth} height={baseline - y(bar.value)}>
                  <title>{`${bar.name}: ${bar.value.toLocaleString('en-GB')} ${valueLabel.toLowerCase()}`}</title>
                </rect>
                {showValues && (
                  <text className="chart__value" x={centre} y={y(bar.value) - 6} textAnchor="middle">
                    {bar.value.toLocaleString('en-GB')}
                  </text>
                )}
                {i % labelEvery === 0 && (
                  <text className="chart__label" x={centre} y={baseline + 20} textAnchor="middle">
                    {bar.label}
                  </text>
                )}
              </g>
            );
          })}
          <line className="chart__axis" x1={MARGIN.left} x2={MARGIN.left + plotWidth} y1={baseline} y2={baseline} />
          <text className="chart__axis-label" x={MARGIN.left + plotWidth / 2} y={HEIGHT - 6} textAnchor="middle">
            {categoryLabel}
          </text>
          <text className="chart__axis-label" transform={`translate(16 ${MARGIN.top + PLOT_H / 2}) rotate(-90)`} textAnchor="middle">
            {valueLabel}
          </text>
        </svg>
      </div>
      <table className="visually-hidden">
        <caption>{title}</caption>
        <thead>
          <tr>
            <th scope="col">{categoryLabel}</th>
            <th scope="col">{valueLabel}</th>
          </tr>
        </thead>
        <tbody>
          {bars.map((bar) => (
            <tr key={bar.key}>
              <th scope="row">{bar.name}</th>
              <td>{bar.value.toLocaleString('en-GB')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
