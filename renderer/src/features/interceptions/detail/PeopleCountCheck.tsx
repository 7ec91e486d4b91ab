/**
 * The count made at the quayside and the people recorded one by one must agree before
 * the boat is complete; a difference is someone missed or counted twice.
 */
export function PeopleCountCheck({ aboard, recorded }: { aboard: number | null; recorded: number | null }) {
  if (recorded === null) return null;
  const people = (n: number) => `${n} ${n === 1 ? 'person' : 'people'}`;
  if (aboard === null) {
    return <p className="check check--warn">No count of people aboard yet; {people(recorded)} recorded.</p>;
  }
  if (aboard === recorded) {
    return <p className="check check--ok">All {people(aboard)} counted aboard are recorded.</p>;
  }
  const gap = aboard > recorded ? `${aboard - recorded} still to record` : `${recorded - aboard} more recorded than counted`;
  return (
    <p className="check check--warn">
      <strong>Counts differ:</strong> {people(aboard)} counted aboard, {people(recorded)} recorded ({gap}).
    </p>
  );
}
