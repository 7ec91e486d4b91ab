import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { call } from '../../../api/client';
import { useLoaded } from '../../../ui/use-loaded';

/** The most a boat can hold (the schema's cap on people aboard), so one page lists them all. */
const MOST_ABOARD = 500;

export interface BoatPeople {
  items: ArrivalSummary[];
  total: number;
}

async function listBoatPeople(interceptionId: string): Promise<BoatPeople> {
  const { items, total } = await call('arrivals.list', { filter: { interceptionId }, sort: 'familyName', direction: 'asc', limit: MOST_ABOARD });
  return { items, total: total ?? items.length };
}

/** The people recorded from one interception, by family name; `reload` lists them again. */
export function useBoatPeople(interceptionId: string) {
  const { data: people, error, reload } = useLoaded(interceptionId, () => listBoatPeople(interceptionId), 'Could not list the people from this boat');
  return { people, error, reload };
}
