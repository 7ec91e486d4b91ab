import type { Arrival } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { isSmallBoatArrival, matchPersonOf } from './arrival-person';
import { DEFAULT_LOOKUP_LIMITS, lookupCandidates, namesakesBornThere, type LookupLimits } from './candidate-lookup';
import { DEFAULT_MATCH_THRESHOLD } from './score-candidate';
import { scoreWithCommonness } from './score-with-commonness';

/**
 * The prior-crossing check for one person against every recorded small-boat arrival:
 * look candidates up by their identity keys, score each (weighing how common the name
 * is), best first. The person's own record is never their own prior crossing.
 */
export interface RankedCandidate {
  arrival: Arrival;
  score: number;
  reasons: string[];
  /** The score before the name was weighed by its commonness: a namesake worth showing. */
  scoreAsIfRare: number;
}

/** Below this a candidate is not shown, unless it would be probable were its name rare. */
export const SHOWN_FROM = 0.2;

/** Worth showing an officer, if only as a weaker candidate: partial matches, and namesakes. */
export function worthShowing(c: RankedCandidate): boolean {
  return c.score >= SHOWN_FROM || c.scoreAsIfRare >= DEFAULT_MATCH_THRESHOLD;
}

function loadArrivals(db: Db, seqs: readonly number[]): Arrival[] {
  if (seqs.length === 0) return [];
  const rows = stmt(db, 'SELECT data FROM arrivals WHERE seq IN (SELECT value FROM json_each(?))').all(JSON.stringify(seqs)) as { data: string }[];
  return rows.map((r) => JSON.parse(r.data) as Arrival);
}

export function rankCandidates(db: Db, subject: Arrival, limits: LookupLimits = DEFAULT_LOOKUP_LIMITS): RankedCandidate[] {
  const person = matchPersonOf(subject);
  const subjectIndexed = isSmallBoatArrival(subject);
  const { keys, sizes, seqs } = lookupCandidates(db, person, { ...limits, subjectIndexed });
  const bornThere = namesakesBornThere(db, person, subjectIndexed, limits.maxBlock + 1);
  const ranked: RankedCandidate[] = [];
  for (const arrival of loadArrivals(db, seqs)) {
    if (arrival.id === subject.id) continue;
    ranked.push({ arrival, ...scoreWithCommonness(person, matchPersonOf(arrival), keys, sizes, bornThere) });
  }
  return ranked.sort((a, b) => b.score - a.score);
}
