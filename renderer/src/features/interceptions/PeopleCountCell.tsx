/** "recorded of aboard", flagged when the two differ so an unfinished boat stands out in the list. */
export function PeopleCountCell({ recorded, aboard }: { recorded: number; aboard: number | null }) {
  const differs = aboard === null || aboard !== recorded;
  return (
    <td className={differs ? 'num count count--differs' : 'num count'}>
      {recorded} / {aboard ?? '?'}
      {differs && (
        <>
          <span aria-hidden="true" className="count__flag">
            {' '}
            ⚠
          </span>
          <span className="visually-hidden"> (counts differ)</span>
        </>
      )}
    </td>
  );
}
