import { useEffect, useState } from 'react';
import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { call } from '../../../api/client';

/** The most a boat can hold (the schema's cap on people aboard), so one page lists them all. */
const MOST_ABOARD = 500;

export interface BoatPeople {
  items: ArrivalSummary[];
  total: number;
}

/** The people recorded from one interception, by family name. */
export function useBoatPeople(interceptionId: string) {
  const [people, setPeople] = useState<BoatPeople | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    call('arrivals.list', { filter: { interceptionId }, sort: 'familyName', direction: 'asc', limit: MOST_ABOARD }).then(
      ({ items, total }) => current && setPeople({ items, total: total ?? items.length }),
      (e: unknown) => current && setError(e instanceof Error ? e.message : 'Could not list the people from this boat'),
    );
    return () => {
      current = false;
    };
  }, [interceptionId]);
  return { people, error };
}
