import { useEffect, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Arrival } from '../../../../shared/domain/arrival';
import { ARRIVAL_ROUTES } from '../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateOfBirth } from './candidate-format';
import { PriorCrossingPanel } from './PriorCrossingPanel';

/** /matching/:arrivalId: the person named, and the prior-crossing check for them. */
export function PriorCrossingPage() {
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
  const name = [person.familyName, person.givenNames].filter(Boolean).join(', ') || 'Name not recorded';
  const route = ARRIVAL_ROUTES.find((r) => r.code === person.route)?.label ?? 'Route not recorded';
  return (
    <article aria-labelledby="prior-crossing-title" className="record">
      <div className="page-header">
        <h1 id="prior-crossing-title">{name}</h1>
        <div className="page-header__actions">
          <Link className="button" to={`/arrivals/${person.id}`}>
            Person&apos;s record
          </Link>
        </div>
      </div>
      <p className="record__reference">
        Reference <strong className="mono">{person.reference}</strong>
        {' · '}
        {route}
        {' · '}
        Arrived {formatUkDateTime(person.arrivedAt)}
      </p>
      {/* What the candidates below are compared with. */}
      <p className="record__reference">
        Born <strong>{formatDateOfBirth(person)}</strong>
        {' · '}
        {person.nationality ? nationalityName(person.nationality) : 'Nationality not recorded'}
      </p>
      <PriorCrossingPanel arrivalId={person.id} />
    </article>
  );
}
