import type { Arrival } from '../../../../shared/domain/arrival';
import type { Interception } from '../../../../shared/domain/interception';
import { call } from '../../api/client';

export interface PersonAndBoat {
  person: Arrival | null;
  boat: Interception | null;
}

/** A person (when `id` is given) and the boat they came on, or the boat a new person will belong to. */
export async function loadPersonAndBoat(id: string | undefined, boatId: string | null): Promise<PersonAndBoat> {
  const person = id ? await call('arrivals.get', { id }) : null;
  const linked = person ? person.interceptionId : boatId;
  // A missing boat (not yet synced to this device) must not hide the person.
  const boat = linked ? await call('interceptions.get', { id: linked }).catch(() => null) : null;
  return { person, boat };
}
