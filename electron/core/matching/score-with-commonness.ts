import type { Arrival } from '../../../shared/domain/arrival';
import type { Db } from '../db/connection';
import { isSmallBoatArrival, matchPersonOf } from './arrival-person';
import { blockingKeys } from './blocking-keys';
import { DEFAULT_LOOKUP_LIMITS, namesakeBlockSizes, namesakesBornThere } from './candidate-lookup';
import { namesakes, type BlockCounts, type Namesakes } from './common-names';
import type { MatchPerson } from './match-person';
import { preparePerson } from './prepared-person';
import { candidateEvidence, SAME_PLACE, scoreFromPoints, type CandidateScore } from './score-candidate';

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
 *
 * When both records give the same place of birth, the namesakes that agree as well as the
 * candidate are only those born there too: they are counted in the identity index (the
 * people filed under both the name key and the place key), not estimated. Forty namesakes
 * born in 1995 of whom none was born in Kassala leave the candidate from Kassala alone. The
 * place then stands for its own points (they are not counted twice), so a shared capital,
 * where a third of a nationality was born, helps far less than a shared small town.
 *
 * Measured at a million people (test/bench/matching.ts, labelled seed 20250806): precision
 * 0.91 where, unweighed, it is 0.17; recall 0.78 (0.67 before places of birth were used;
 * another seed: 0.78 and 0.93). What is still lost is recall on records agreeing on a name
 * and a year only whose place of birth is missing from one of them (one record in five has
 * none), differs, or is a big city: no scorer can tell which of the namesakes crossed.
 */
const TOLERATED_NAMESAKES = 0.05;

/** Below this the score is shown as "not a match" anyway: no need to weigh the name. */
const WORTH_WEIGHING = 0.2;

function commonNameReason(n: Namesakes, bornThere: { place: string; others: number } | null): string {
  const shown = (k: number) => (k > 1000 ? 'more than 1,000' : k.toLocaleString('en-GB'));
  const people = `${shown(n.others)} ${n.others === 1 ? 'other person' : 'other people'}`;
  const there = bornThere ? `, ${bornThere.others === 0 ? 'none' : shown(bornThere.others)} of them born in ${bornThere.place}` : '';
  if (n.scope === 'same-year') return `Common name: ${people} recorded with this name born the same year${there}`;
  if (n.scope === 'near-year') return `Common name: ${people} recorded with this name born within a year${there}`;
  if (n.scope === 'date') return `Common name: ${people} recorded with one of these names and this date of birth${there}`;
  return `Common name: ${people} recorded with this name${there}`;
}

function penaltyFor(found: Namesakes | null): number {
  return found && found.expected > TOLERATED_NAMESAKES ? Math.log(found.expected / TOLERATED_NAMESAKES) : 0;
}

function birthOf(person: MatchPerson): { year: number; placeholder: boolean } | null {
  const birth = preparePerson(person).birth;
  return birth ? { year: birth.year, placeholder: birth.month === 1 && birth.day === 1 } : null;
}

/** The place both records give, under the same place key: namesakes born there are counted. */
function sharedPlace(query: MatchPerson, candidate: MatchPerson): string | null {
  const q = preparePerson(query).placeOfBirth;
  const c = preparePerson(candidate).placeOfBirth;
  return q && c && q.key === c.key ? c.display : null;
}

/**
 * `sizes`: people per key of the query's lookup keys (candidate-lookup.ts). `queryKeys`:
 * those keys, passed in so that a list of candidates computes them once. `bornThere`: the
 * same counts among people born in the query's place of birth (namesakesBornThere).
 */
export function scoreWithCommonness(
  query: MatchPerson,
  candidate: MatchPerson,
  queryKeys: readonly string[],
  sizes: BlockCounts,
  bornThere?: BlockCounts,
): WeighedScore {
  const base = candidateEvidence(query, candidate);
  const scoreAsIfRare = scoreFromPoints(base.points);
  if (scoreAsIfRare < WORTH_WEIGHING) return { score: scoreAsIfRare, reasons: base.reasons, scoreAsIfRare };
  const candidateKeys = blockingKeys(candidate);
  const found = namesakes(queryKeys, candidateKeys, sizes, base.birth, birthOf(query));
  let penalty = penaltyFor(found);
  let there: { place: string; others: number } | null = null;
  // The namesakes that agree as well as this candidate are those born in the same place. Counted
  // among them, the place has said what it can say: its points are not counted twice.
  const place = penalty > 0 && (base.place === 'same' || base.place === 'variant') ? sharedPlace(query, candidate) : null;
  if (place && bornThere) {
    const local = namesakes(queryKeys, candidateKeys, bornThere, base.birth, birthOf(query));
    const localPenalty = SAME_PLACE + penaltyFor(local);
    if (localPenalty < penalty) {
      penalty = localPenalty;
      there = { place, others: local?.others ?? 0 };
    }
  }
  const reasons = penalty > 0 && found ? [...base.reasons, commonNameReason(found, there)] : base.reasons;
  return { score: scoreFromPoints(base.points - penalty), reasons, scoreAsIfRare };
}

/** The counts that weigh a person's candidates: `namesakeBlockSizes` and `namesakesBornThere`. */
export function commonnessOf(db: Db, query: MatchPerson, subjectIndexed: boolean): { keys: string[]; sizes: Map<string, number>; bornThere?: BlockCounts } {
  const cap = DEFAULT_LOOKUP_LIMITS.maxBlock + 1;
  return { ...namesakeBlockSizes(db, query, subjectIndexed, cap), bornThere: namesakesBornThere(db, query, subjectIndexed, cap) };
}

/** One pair, scored as the list would score it (for a decision, or a re-entry check). */
export function scorePair(db: Db, subject: Arrival, candidate: Arrival): WeighedScore {
  const query = matchPersonOf(subject);
  const { keys, sizes, bornThere } = commonnessOf(db, query, isSmallBoatArrival(subject));
  return scoreWithCommonness(query, matchPersonOf(candidate), keys, sizes, bornThere);
}
