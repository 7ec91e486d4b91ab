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
