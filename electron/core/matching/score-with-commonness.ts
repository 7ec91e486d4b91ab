import type { Arrival } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { isSmallBoatArrival, matchPersonOf } from './arrival-person';
import { blockingKeys } from './blocking-keys';
import { DEFAULT_LOOKUP_LIMITS, namesakeBlockSizes } from './candidate-lookup';
import { namesakes, type Namesakes } from './common-names';
import type { MatchPerson } from './match-person';
import { preparePerson } from './prepared-person';
import { candidateEvidence, scoreFromPoints, type CandidateScore } from './score-candidate';

export interface WeighedScore extends CandidateScore {
  /** The score had the name been rare: a namesake an officer may still want to see. */
  scoreAsIfRare: number;
}

/**
 * scoreCandidate, with name agreement weighed by how common the name is in this database:
 * the more other people share the name and date of birth, the less their agreement says.
 * The points fall with the logarithm of the expected number of such namesakes (the log-odds
 * of picking the right one among them), from `TOLERATED_NAMESAKES` on. At 0.05, a name and
 * year of birth shared with one other person land at about 0.5: either could be the one.
 * Measured at a million people (test/bench/matching.ts): precision 0.92 where, unweighed,
 * it is 0.11; what is lost is recall on records agreeing on a name and a year only.
 */
const TOLERATED_NAMESAKES = 0.05;

/** Below this the score is shown as "not a match" anyway: no need to weigh the name. */
const WORTH_WEIGHING = 0.2;

function commonNameReason(n: Namesakes): string {
  const count = n.others > 1000 ? 'more than 1,000' : n.others.toLocaleString('en-GB');
  const people = `${count} ${n.others === 1 ? 'other person' : 'other people'}`;
  if (n.scope === 'same-year') return `Common name: ${people} recorded with this name born the same year`;
  if (n.scope === 'near-year') return `Common name: ${people} recorded with this name born within a year`;
  if (n.scope === 'date') return `Common name: ${people} recorded with one of these names and this date of birth`;
  return `Common name: ${people} recorded with this name`;
}

function birthOf(person: MatchPerson): { year: number; placeholder: boolean } | null {
  const birth = preparePerson(person).birth;
  return birth ? { year: birth.year, placeholder: birth.month === 1 && birth.day === 1 } : null;
}

/**
 * `sizes`: people per key of the query's lookup keys (candidate-lookup.ts). `queryKeys`:
 * those keys, passed in so that a list of candidates computes them once.
 */
export function scoreWithCommonness(query: MatchPerson, candidate: MatchPerson, queryKeys: readonly string[], sizes: ReadonlyMap<string, number>): WeighedScore {
  const base = candidateEvidence(query, candidate);
  const scoreAsIfRare = scoreFromPoints(base.points);
  if (scoreAsIfRare < WORTH_WEIGHING) return { score: scoreAsIfRare, reasons: base.reasons, scoreAsIfRare };
  const found = namesakes(queryKeys, blockingKeys(candidate), sizes, base.birth, birthOf(query));
  const penalty = found && found.expected > TOLERATED_NAMESAKES ? Math.log(found.expected / TOLERATED_NAMESAKES) : 0;
  const reasons = penalty > 0 && found ? [...base.reasons, commonNameReason(found)] : base.reasons;
  return { score: scoreFromPoints(base.points - penalty), reasons, scoreAsIfRare };
}

/** One pair, scored as the list would score it (for a decision, or a re-entry check). */
export function scorePair(db: Db, subject: Arrival, candidate: Arrival): WeighedScore {
  const query = matchPersonOf(subject);
  const { keys, sizes } = namesakeBlockSizes(db, query, isSmallBoatArrival(subject), DEFAULT_LOOKUP_LIMITS.maxBlock + 1);
  return scoreWithCommonness(query, matchPersonOf(candidate), keys, sizes);
}
