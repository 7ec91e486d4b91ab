import type { Arrival } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { identityGeneration } from './identity-generation';
import { rankCandidates, worthShowing, type RankedCandidate } from './rank-candidates';

/**
 * The candidates of a person worth showing an officer, best first, kept while they are
 * still true: same version of the person, and nothing changed in the identity index since.
 * The automatic check of a new safe-route arrival (automatic-check.ts) fills this, so the
 * person's screen shows its flag at once; decisions are applied on top by the callers,
 * never cached. (The hundreds of candidates scored and set aside are not kept.)
 */
interface Entry {
  version: number;
  generation: number;
  ranked: RankedCandidate[];
}

/** A few screens' worth: a check costs tens of milliseconds, memory should not grow with use. */
const MAX_ENTRIES = 100;
const caches = new WeakMap<Db, Map<string, Entry>>();

export function checkedCandidates(db: Db, subject: Arrival): RankedCandidate[] {
  let cache = caches.get(db);
  if (!cache) caches.set(db, (cache = new Map()));
  const generation = identityGeneration(db);
  const hit = cache.get(subject.id);
  if (hit && hit.version === subject.version && hit.generation === generation) return hit.ranked;
  const ranked = rankCandidates(db, subject).filter(worthShowing);
  cache.delete(subject.id);
  if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value!);
  cache.set(subject.id, { version: subject.version, generation, ranked });
  return ranked;
}
