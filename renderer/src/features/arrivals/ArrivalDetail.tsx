/** Placeholder until the screen is built. */
export function ArrivalDetail() {
  return <p>This screen is being built.</p>;
}
