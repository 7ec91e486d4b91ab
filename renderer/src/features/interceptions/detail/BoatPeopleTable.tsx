import { Link } from 'react-router-dom';
import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { AGE_STATUSES, SEXES } from '../../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../../shared/domain/reference/countries';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { formatDateOfBirth } from '../../../../../shared/domain/time';
import { StatusBadge } from '../../../ui/StatusBadge';
import type { BoatPeople } from './use-boat-people';
import { personNameOrUnrecorded } from '../../../../../shared/domain/person-name';

function fullName(p: ArrivalSummary): string {
  return personNameOrUnrecorded(p, { familyInCapitals: true });
}

export function BoatPeopleTable({ people }: { people: BoatPeople }) {
  if (people.items.length === 0) return <p className="empty">Nobody from this boat is recorded yet.</p>;
  return (
    <>
      {people.total > people.items.length && (
        <p className="muted">
          Showing the first {people.items.length} of {people.total}.
        </p>
      )}
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Reference</th>
            <th scope="col">Name</th>
            <th scope="col">Nationality</th>
            <th scope="col">Sex</th>
            <th scope="col">Date of birth</th>
            <th scope="col">Age</th>
            <th scope="col">Status</th>
          </tr>
        </thead>
        <tbody>
          {people.items.map((p) => (
            <tr key={p.id}>
              <td>
                <Link to={`/arrivals/${p.id}`}>{p.reference}</Link>
              </td>
              <td>{fullName(p)}</td>
              <td>{nationalityName(p.nationality) || '—'}</td>
              <td>{labelOf(SEXES, p.sex) || '—'}</td>
              <td>{formatDateOfBirth(p.dateOfBirth, p.dateOfBirthPrecision) ?? '—'}</td>
              <td>{labelOf(AGE_STATUSES, p.ageStatus) || '—'}</td>
              <td>
                <StatusBadge status={p.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
