/** A whole percentage: "0.8734" is read out as "87%", not as a probability to three places. */
export function formatScore(score: number): string {
  return `${Math.round(score * 100)}%`;
}
