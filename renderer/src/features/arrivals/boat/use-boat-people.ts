import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../../shared/api';
import type { Arrival } from '../../../../../shared/domain/arrival';
import type { Interception } from '../../../../../shared/domain/interception';
import { call } from '../../../api/client';

type People = Output<'arrivals.list'>;

interface BoatPeople {
  boat: Interception | null;
  people: People | null;
  /** The last person recorded from this boat: the next one starts from their nationality and languages. */
  previous: Arrival | null;
  ready: boolean;
  error: string | null;
  /** After a save: the saved person becomes "previous" and the list is read again. */
  recorded(person: Arrival): void;
  /** The previous person was corrected (joined a family group): keep their new version. */
  replacePrevious(person: Arrival): void;
}

/** A boat can hold at most 500 (the schema's limit), so one page holds everyone. */
const listBoat = (interceptionId: string) =>
  call('arrivals.list', { filter: { interceptionId }, sort: 'arrivedAt', direction: 'desc', offset: 0, limit: 500 });

export function useBoatPeople(interceptionId: string): BoatPeople {
  const [state, setState] = useState<Omit<BoatPeople, 'recorded' | 'replacePrevious'>>({ boat: null, people: null, previous: null, ready: false, error: null });

  useEffect(() => {
    let live = true;
    (async () => {
      const [boat, people] = await Promise.all([call('interceptions.get', { id: interceptionId }), listBoat(interceptionId)]);
      const newest = people.items[0];
      const previous = newest ? await call('arrivals.get', { id: newest.id }) : null;
      if (live) setState({ boat, people, previous, ready: true, error: null });
    })().catch((e: unknown) => live && setState((s) => ({ ...s, error: e instanceof Error ? e.message : 'Could not open the boat' })));
    return () => {
      live = false;
    };
  }, [interceptionId]);

  const recorded = useCallback(
    (person: Arrival) => {
      setState((s) => ({ ...s, previous: person }));
      listBoat(interceptionId).then(
        (people) => setState((s) => ({ ...s, people })),
        () => undefined,
      );
    },
    [interceptionId],
  );

  const replacePrevious = useCallback((person: Arrival) => setState((s) => ({ ...s, previous: person })), []);

  return { ...state, recorded, replacePrevious };
}
