import type { Arrival } from '../../../shared/domain/arrival';
import type { MatchDecision, PriorCrossingCandidate, PriorCrossings } from '../../../shared/domain/matching/prior-crossing';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { getArrival } from '../records/arrivals';
import { checkedCandidates } from './checked-candidates';
import { decisionsByCandidate } from './match-decisions';
import { worthShowing, type RankedCandidate } from './rank-candidates';
import { reEntryCandidates, removedArrivalIds } from './re-entry';
import { scorePair } from './score-with-commonness';
import { DEFAULT_MATCH_THRESHOLD } from './score-candidate';
import { personNameOrUnrecorded } from '../../../shared/domain/person-name';

/**
 * `matching.priorCrossings`: the ranked candidates for one person, with the reasons for each
 * score and the decision that stands on each. Probable ones first; a few weaker ones are
 * shown too, so an officer can see what the engine set aside: partial matches, and
 * namesakes who would be probable if their name were rare. A candidate an officer has
 * decided on stays listed even if the records changed since.
 */
const MAX_SHOWN = 10;

function tryArrival(db: Db, id: string): Arrival | null {
  const row = stmt(db, 'SELECT data FROM arrivals WHERE id = ?').get(id) as { data: string } | undefined;
  return row ? (JSON.parse(row.data) as Arrival) : null;
}

function candidateView(subject: Arrival, c: RankedCandidate, decisions: readonly MatchDecision[], removed: boolean): PriorCrossingCandidate {
  const a = c.arrival;
  return {
    arrivalId: a.id,
    reference: a.reference,
    name: personNameOrUnrecorded(a),
    dateOfBirth: a.dateOfBirth,
    dateOfBirthPrecision: a.dateOfBirthPrecision,
    nationality: a.nationality,
    arrivedAt: a.arrivedAt,
    score: c.score,
    probable: c.score >= DEFAULT_MATCH_THRESHOLD,
    reasons: c.reasons,
    removedUnderPilot: removed,
    sameBoat: subject.interceptionId !== null && a.interceptionId === subject.interceptionId,
    decision: decisions[decisions.length - 1] ?? null,
    earlierDecisions: decisions.slice(0, -1).reverse(),
  };
}

/**
 * `matching.decisions`: the candidates an officer has already decided on for this person,
 * each with its decisions and today's score, without searching every arrival again. The
 * person's screen shows them as soon as it opens, so a recorded decision is never hidden
 * behind "not checked yet".
 */
export function decidedCandidates(db: Db, arrivalId: string): PriorCrossingCandidate[] {
  const subject = getArrival(db, arrivalId);
  const decisions = decisionsByCandidate(db, subject.id);
  return rankedViews(db, subject, withDecided(db, subject, [], decisions), decisions);
}

/** Adds every candidate an officer decided on that is not in `shown` yet, scored against the subject. */
function withDecided(db: Db, subject: Arrival, shown: RankedCandidate[], decisions: Map<string, MatchDecision[]>): RankedCandidate[] {
  for (const id of decisions.keys()) {
    const arrival = shown.some((c) => c.arrival.id === id) ? null : tryArrival(db, id);
    if (arrival) shown.push({ arrival, ...scorePair(db, subject, arrival) });
  }
  return shown;
}

/** The candidates as the screen shows them, best first, each with its decisions and whether they were removed. */
function rankedViews(db: Db, subject: Arrival, candidates: RankedCandidate[], decisions: Map<string, MatchDecision[]>): PriorCrossingCandidate[] {
  const removed = removedArrivalIds(db, candidates.map((c) => c.arrival.id));
  return candidates.sort((a, b) => b.score - a.score).map((c) => candidateView(subject, c, decisions.get(c.arrival.id) ?? [], removed.has(c.arrival.id)));
}

export function priorCrossings(db: Db, arrivalId: string, now: Date): PriorCrossings {
  const subject = getArrival(db, arrivalId);
  const decisions = decisionsByCandidate(db, subject.id);
  const worth = checkedCandidates(db, subject);
  const shown = worth.slice(0, MAX_SHOWN);
  // Removed people are searched exhaustively (re-entry.ts): the flag and the list must agree.
  const reEntries = subject.route === 'SMALL_BOAT' ? reEntryCandidates(db, subject) : [];
  for (const c of reEntries) if (worthShowing(c) && !shown.some((s) => s.arrival.id === c.arrival.id)) shown.push(c);
  return {
    arrivalId: subject.id,
    threshold: DEFAULT_MATCH_THRESHOLD,
    checkedAt: now.toISOString(),
    candidates: rankedViews(db, subject, withDecided(db, subject, shown, decisions), decisions),
    notListed: worth.length - Math.min(worth.length, MAX_SHOWN),
  };
}
