/** Placeholder until the screen is built. */
export function ArrivalForm() {
  return <p>This screen is being built.</p>;
}
