import { Link } from 'react-router-dom';
import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { familyGroupLabels } from '../../../../../shared/domain/family-groups';
import { AGE_STATUSES } from '../../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../../shared/domain/reference/countries';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { formatDateOfBirth } from '../../../../../shared/domain/time';

/** Newest first, numbered in the order recorded, so the person just saved is at the top. */
export function RecordedPeopleTable({ people, total }: { people: readonly ArrivalSummary[]; total: number }) {
  if (people.length === 0) return <p className="empty">No one recorded from this boat yet.</p>;
  // Labelled in the order recorded (the table shows newest first), so a family's label stays put as people are added.
  const groups = familyGroupLabels([...people].reverse());
  return (
    <table className="table table--compact" aria-label="People recorded from this boat">
      <thead>
        <tr>
          <th scope="col" className="num">#</th>
          <th scope="col">Reference</th>
          <th scope="col">Family name</th>
          <th scope="col">Given names</th>
          <th scope="col">Sex</th>
          <th scope="col">Born</th>
          <th scope="col">Nationality</th>
          <th scope="col">Age</th>
          <th scope="col">Family</th>
        </tr>
      </thead>
      <tbody>
        {people.map((p, i) => (
          <tr key={p.id}>
            <td className="num">{total - i}</td>
            <td className="mono">
              <Link to={`/arrivals/${p.id}`}>{p.reference}</Link>
            </td>
            <td>{p.familyName}</td>
            <td>{p.givenNames}</td>
            <td>{p.sex ?? '—'}</td>
            <td>{formatDateOfBirth(p.dateOfBirth, p.dateOfBirthPrecision) ?? '—'}</td>
            <td>{nationalityName(p.nationality) || '—'}</td>
            <td>
              {labelOf(AGE_STATUSES, p.ageStatus) || '—'}
              {p.unaccompanied && <span className="badge badge--alert">Unaccompanied</span>}
            </td>
            <td>{p.familyGroupId ? `Group ${groups.get(p.familyGroupId)}` : '—'}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
