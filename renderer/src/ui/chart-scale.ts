/** The smallest "round" step (1, 2 or 5 × a power of ten) of at least `raw`. */
function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw));
  return [1, 2, 5, 10].map((m) => m * power).find((step) => step >= raw) ?? 10 * power;
}

/** Axis ticks from 0 past `max` in about `count` round steps, so gridlines read as plain numbers. */
export function axisTicks(max: number, count = 4): number[] {
  const step = max <= count ? 1 : niceStep(max / count);
  const top = Math.max(step, Math.ceil(max / step) * step);
  const ticks: number[] = [];
  for (let t = 0; t <= top; t += step) ticks.push(t);
  return ticks;
}

/** About how wide a label under a chart is at its 14px font, with room to spare either side. */
const labelRoom = (labels: readonly string[]) => Math.max(44, Math.max(0, ...labels.map((l) => l.length)) * 8.5 + 16);

/** Label every nth category, so that labels this long never touch: 1 labels each one. */
export function labelStep(labels: readonly string[], plotWidth: number): number {
  return Math.ceil(labels.length / Math.max(1, Math.floor(plotWidth / labelRoom(labels))));
}
