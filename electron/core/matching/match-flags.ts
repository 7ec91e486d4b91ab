import type { FlagSummary, MatchDecision, MatchFlags } from '../../../shared/domain/matching/prior-crossing';
import type { Db } from '../db/connection';
import { getArrival } from '../records/arrivals';
import { checkedCandidates } from './checked-candidates';
import { latestDecisions } from './match-decisions';
import { worthShowing, type RankedCandidate } from './rank-candidates';
import { reEntryCandidates } from './re-entry';
import { DEFAULT_MATCH_THRESHOLD } from './score-candidate';

/**
 * `matching.flags`: what a person's screen warns about, without the officer asking.
 * - A safe-route arrival: has this person crossed by small boat before? (The route is for
 *   people who have not.) Checked automatically when the arrival is saved.
 * - A small-boat arrival: is this someone removed to France under the pilot, back again?
 * Every other route has neither flag.
 */
function summarise(ranked: RankedCandidate[], decisions: Map<string, MatchDecision>, relevant: (d: MatchDecision) => boolean, now: Date): FlagSummary {
  const undecided = ranked.filter((c) => c.score >= DEFAULT_MATCH_THRESHOLD && !decisions.has(c.arrival.id)).length;
  const confirmed = [...decisions.values()].filter((d) => d.decision === 'CONFIRMED' && relevant(d)).length;
  return {
    status: confirmed > 0 ? 'CONFIRMED' : undecided > 0 ? 'POSSIBLE' : 'CLEAR',
    undecided,
    confirmed,
    weaker: ranked.filter((c) => c.score < DEFAULT_MATCH_THRESHOLD && worthShowing(c)).length,
    topScore: ranked[0]?.score ?? null,
    checkedAt: now.toISOString(),
  };
}

export function matchFlags(db: Db, arrivalId: string, now: Date): MatchFlags {
  const subject = getArrival(db, arrivalId);
  const decisions = latestDecisions(db, subject.id);
  let priorCrossing: FlagSummary | null = null;
  let reEntry: FlagSummary | null = null;
  if (subject.route === 'SAFE_ROUTE') priorCrossing = summarise(checkedCandidates(db, subject), decisions, () => true, now);
  if (subject.route === 'SMALL_BOAT') {
    const removed = reEntryCandidates(db, subject);
    const removedIds = new Set(removed.map((c) => c.arrival.id));
    reEntry = summarise(removed, decisions, (d) => removedIds.has(d.candidateId), now);
  }
  return { arrivalId: subject.id, priorCrossing, reEntry };
}
