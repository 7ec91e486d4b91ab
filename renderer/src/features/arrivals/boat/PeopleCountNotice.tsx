/**
 * People aboard (counted at sea) against people recorded here: a difference is someone not
 * yet recorded, recorded twice, or a count to correct on the interception.
 */
export function PeopleCountNotice({ aboard, recorded }: { aboard: number | null; recorded: number }) {
  const n = (count: number) => `${count} ${count === 1 ? 'person' : 'people'}`;
  let text: string;
  let warning = true;
  if (aboard === null) text = `The interception does not say how many were aboard; ${n(recorded)} recorded so far.`;
  else if (recorded < aboard) text = `${aboard} aboard, ${recorded} recorded: ${n(aboard - recorded)} still to record.`;
  else if (recorded > aboard) text = `${aboard} aboard but ${recorded} recorded: check for a duplicate, or correct the count on the interception.`;
  else {
    warning = false;
    text = `All ${n(aboard)} aboard are recorded.`;
  }
  return (
    <div role="status" data-testid="people-count" className={warning ? 'notice notice--warning' : 'notice notice--ok'}>
      {warning && <strong>Warning: </strong>}
      {text}
    </div>
  );
}
