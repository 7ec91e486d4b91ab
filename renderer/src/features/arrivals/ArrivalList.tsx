/** Placeholder until the screen is built. */
export function ArrivalList() {
  return <p>This screen is being built.</p>;
}
