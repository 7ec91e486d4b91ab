import type { Arrival, ArrivalFields } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { logger } from '../log';
import { checkedCandidates } from './checked-candidates';

/**
 * The safe route is for people who have not crossed by small boat before: a safe-route
 * arrival is checked against every recorded small-boat arrival as soon as it is saved. The
 * check runs after the save has committed and answered (a check reads for tens of
 * milliseconds; a save must stay at about one), and its result waits in
 * checked-candidates.ts for the person's screen.
 */
const pending = new WeakMap<Db, Set<string>>();

function runPending(db: Db): void {
  const ids = pending.get(db);
  pending.delete(db);
  for (const id of ids ?? []) {
    if (!db.open) return;
    try {
      // Read directly: records/arrivals.ts calls this module, so it is not imported here.
      const row = stmt(db, 'SELECT data FROM arrivals WHERE id = ?').get(id) as { data: string } | undefined;
      const arrival = row ? (JSON.parse(row.data) as Arrival) : null; // none: the save was rolled back
      if (arrival?.route === 'SAFE_ROUTE') checkedCandidates(db, arrival);
    } catch (error) {
      logger.warn('automatic prior-crossing check skipped', { error: error instanceof Error ? error.name : typeof error });
    }
  }
}

/** Called from the arrival's reindex hook, inside the write transaction: only notes the id. */
export function scheduleAutomaticCheck(db: Db, arrival: Pick<ArrivalFields, 'route'> & { id: string }): void {
  if (arrival.route !== 'SAFE_ROUTE') return;
  let ids = pending.get(db);
  if (!ids) {
    pending.set(db, (ids = new Set()));
    setImmediate(() => runPending(db));
  }
  ids.add(arrival.id);
}
