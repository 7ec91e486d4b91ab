import { Link, useNavigate } from 'react-router-dom';
import type { Interception } from '../../../../../shared/domain/interception';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { SITES } from '../../../../../shared/domain/reference/sites';
import { formatUkDateTime } from '../../../../../shared/domain/time';
import { boatArrivalTime } from '../form-values';
import type { HandOverRow } from './use-hand-over-row';

/** Which boat, and the facts every person from it will be saved with. */
export function BoatHeader({ boat, site, handOverRef }: { boat: Interception; site: string; handOverRef: HandOverRow }) {
  const navigate = useNavigate();
  const fullForm = `/arrivals/new?interception=${boat.id}`;
  return (
    <div className="page-header">
      <div>
        <h1 id="boat-people-title">People from interception <span className="reference">{boat.reference}</span></h1>
        <p className="muted boat-facts">
          Each person is saved as a small-boat arrival at <strong>{labelOf(SITES, boat.site ?? site)}</strong>, arrived{' '}
          <strong>{formatUkDateTime(boatArrivalTime(boat))}</strong> UK time (from the interception).
        </p>
      </div>
      <div className="page-header__actions">
        {/* For someone with documents, aliases or vulnerabilities: the full form, with this boat filled in. */}
        <Link
          className="button"
          to={fullForm}
          onClick={(e) => {
            // The person half-typed in the row goes with the officer (use-hand-over-row.ts).
            e.preventDefault();
            void (handOverRef.current?.() ?? Promise.resolve()).then(() => navigate(fullForm));
          }}
        >
          Record with every field
        </Link>
        <Link className="button button--quiet" to={`/interceptions/${boat.id}`}>
          Back to interception
        </Link>
      </div>
    </div>
  );
}
