import { Link } from 'react-router-dom';
import type { Arrival } from '../../../../../shared/domain/arrival';
import { call } from '../../../api/client';
import { useLoaded } from '../../../ui/use-loaded';
import { personName } from '../../../../../shared/domain/person-name';

/** Most boats carry under a hundred: one page of the boat's people holds a whole family. */
const BOAT_PAGE = 500;

/**
 * Who the person travels with, by name and with a link to each, instead of the group's id
 * (a long code nobody can compare by eye). A family is recorded together in the boat flow,
 * so its members are looked for among the people of the same boat.
 */
export function FamilyMembers({ person }: { person: Pick<Arrival, 'id' | 'interceptionId' | 'familyGroupId'> }) {
  const { id, interceptionId, familyGroupId } = person;
  const boatPeople = useLoaded(`${interceptionId}|${familyGroupId}`, () =>
    interceptionId && familyGroupId ? call('arrivals.list', { filter: { interceptionId }, sort: 'familyName', direction: 'asc', limit: BOAT_PAGE }) : Promise.resolve(null),
  );
  // Not answered: said as if no one else were found, rather than waiting for ever.
  const others = boatPeople.error ? [] : (boatPeople.data?.items.filter((p) => p.familyGroupId === familyGroupId && p.id !== id) ?? null);

  if (!familyGroupId) return <>—</>;
  if (!interceptionId) return <>In a family group (not from a boat recorded here)</>;
  if (others === null) return <>In a family group</>;
  if (others.length === 0) return <>In a family group, but no one else of it is recorded from this boat</>;
  return (
    <span data-testid="family-members">
      Travels with{' '}
      {others.map((p, i) => (
        <span key={p.id}>
          {i > 0 && (i === others.length - 1 ? ' and ' : ', ')}
          <Link to={`/arrivals/${p.id}`}>{personName(p) || p.reference}</Link>
        </span>
      ))}
    </span>
  );
}
