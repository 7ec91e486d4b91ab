import { Link, useParams } from 'react-router-dom';
import { useEffect, useState } from 'react';
import type { Arrival } from '../../../../shared/domain/arrival';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ReturnsCasePanel } from './ReturnsCasePanel';
import { personNameOrUnrecorded } from '../../../../shared/domain/person-name';

/** /returns/case/:arrivalId: the person named, and their returns case. */
export function ReturnsCasePage() {
  const { arrivalId = '' } = useParams();
  const [loaded, setLoaded] = useState<{ id: string; person: Arrival | null; error: string | null }>({ id: '', person: null, error: null });
  useEffect(() => {
    let live = true;
    call('arrivals.get', { id: arrivalId }).then(
      (person) => live && setLoaded({ id: arrivalId, person, error: null }),
      (e: unknown) => live && setLoaded({ id: arrivalId, person: null, error: e instanceof Error ? e.message : 'Could not load the person' }),
    );
    return () => {
      live = false;
    };
  }, [arrivalId]);

  if (loaded.id === arrivalId && loaded.error) return <ErrorBanner message={loaded.error} />;
  const person = loaded.id === arrivalId ? loaded.person : null;
  if (!person) return <p aria-busy="true">Loading…</p>;
  const name = personNameOrUnrecorded(person);
  return (
    <article aria-labelledby="returns-case-title" className="record">
      <div className="page-header">
        <h1 id="returns-case-title">{name}</h1>
        <div className="page-header__actions">
          <Link className="button" to={`/arrivals/${person.id}`}>
            Person&apos;s record
          </Link>
          <Link className="button button--quiet" to="/returns">
            Back to returns
          </Link>
        </div>
      </div>
      <p className="record__reference">
        Reference <strong className="mono">{person.reference}</strong>
        {' · '}
        {person.nationality ? nationalityName(person.nationality) : 'Nationality not recorded'}
        {' · '}
        Arrived {formatUkDateTime(person.arrivedAt)}
      </p>
      <ReturnsCasePanel arrivalId={person.id} />
    </article>
  );
}
