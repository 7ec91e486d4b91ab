/** Placeholder until the screen is built. */
export function Dashboard() {
  return <p>This screen is being built.</p>;
}
