import { useEffect } from 'react';
import { Link } from 'react-router-dom';
import { labelOf } from '../../../../shared/domain/reference/options';
import { OUTCOMES, ZONES } from '../../../../shared/domain/reference/interception-codes';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { StatusBadge } from '../../ui/StatusBadge';
import { PeopleCountCell } from './PeopleCountCell';
import { useInterceptionListStore } from './interception-list-store';

export function InterceptionList() {
  const { items, next, loading, error, referenceError, reference, setReference, load, loadMore } = useInterceptionListStore();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <section aria-labelledby="interceptions-title">
      <div className="page-header">
        <h1 id="interceptions-title">Interceptions</h1>
        <Link className="button button--primary" to="/interceptions/new">
          Record interception
        </Link>
      </div>
      <form
        className="toolbar toolbar--field"
        role="search"
        aria-label="Find an interception"
        onSubmit={(e) => {
          e.preventDefault();
          void load();
        }}
      >
        <Field label="Find by reference" error={referenceError ?? undefined} hint="The start of it will do, e.g. WJF-K7M3Q">
          <input value={reference} autoComplete="off" spellCheck={false} placeholder="e.g. WJF-K7M3Q-0042" onChange={(e) => setReference(e.target.value)} />
        </Field>
        <button className="button" type="submit">
          Find
        </button>
      </form>
      <ErrorBanner message={error} />
      {items.length === 0 && !loading ? (
        <p className="empty" role="status">
          {reference ? 'No interception has a reference starting with that.' : 'No interceptions recorded on this device yet.'}
        </p>
      ) : (
        <table className="table" aria-labelledby="interceptions-title">
          <thead>
            <tr>
              <th scope="col">Reference</th>
              <th scope="col">Status</th>
              <th scope="col">Detected (UK time)</th>
              <th scope="col">Zone</th>
              <th scope="col">Outcome</th>
              <th scope="col" className="num">
                People recorded / aboard
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => (
              <tr key={item.id}>
                <td className="nowrap">
                  <Link to={`/interceptions/${item.id}`}>{item.reference}</Link>
                </td>
                <td>
                  <StatusBadge status={item.status} />
                </td>
                <td className="nowrap">{formatUkDateTime(item.detectedAt)}</td>
                <td>{labelOf(ZONES, item.zone)}</td>
                <td>{labelOf(OUTCOMES, item.outcome)}</td>
                <PeopleCountCell recorded={item.peopleRecorded} aboard={item.peopleAboard} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {next && (
        <button className="button" onClick={() => void loadMore()} disabled={loading}>
          Show more
        </button>
      )}
    </section>
  );
}
