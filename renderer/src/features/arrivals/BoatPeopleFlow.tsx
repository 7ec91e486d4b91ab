/** Placeholder until the screen is built. */
export function BoatPeopleFlow() {
  return <p>This screen is being built.</p>;
}
