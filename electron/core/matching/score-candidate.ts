import { bestNameComparison, type NameComparison, type WordMatch } from './compare-names';
import { compareBirthDates, type DateAgreement } from './date-of-birth';
import type { MatchPerson } from './match-person';
import { comparePlaces, type PlaceAgreement } from './place-of-birth';
import { preparePerson, type PreparedPerson } from './prepared-person';

/**
 * Is the candidate (someone already recorded) probably the person in front of the officer?
 * Each kind of evidence adds or removes points (roughly log-odds, as in Fellegi–Sunter record
 * linkage); the total becomes a 0..1 score. Reasons are written for the officer who decides:
 * the engine proposes, a person confirms.
 */
export interface CandidateScore {
  score: number;
  reasons: string[];
}

/**
 * At or above this, the candidate is shown as a probable prior crossing (below it, from
 * SHOWN_FROM, as a weaker one). Set where precision stays at 0.90 or more at a million people
 * on two labelled seeds (0.902 and 0.907; at 0.50 one seed fell to 0.897) for the least recall:
 * a crossing missed here lets someone in by a route meant for those who never crossed.
 */
export const DEFAULT_MATCH_THRESHOLD = 0.52;

// Points, tuned on the labelled set in test/fixtures/matching (see matching.test.ts).
const SAME_BIOMETRIC = 30; // the national system already says "same fingerprints": beats any disagreement
const DIFFERENT_BIOMETRIC = -6; // …or "different fingerprints"
// The same number under another name and date is shown too: a passed-on document is itself
// something the officer must see. (A different number proves little: documents are replaced.)
const SAME_DOCUMENT = 18;
const NAME_RANGE = 6; // identical names +6, nothing in common -6
const DIFFERENT_SEX = -3;
const SAME_SEX = 0.3;
const SAME_NATIONALITY = 0.5; // people misstate nationality: it helps and hurts only a little
const DIFFERENT_NATIONALITY = -0.5;
// Place of birth: the same place (in any spelling) helps; another place hurts a little, as
// people give the town they grew up in, or the province. For a common name, what a shared
// place says is how many of the namesakes were born there: score-with-commonness.ts.
export const SAME_PLACE = 1;
const DIFFERENT_PLACE = -1;
/** Points at which the score is 0.5; the width sets how fast the score saturates. */
const MIDPOINT = 5.6;
const WIDTH = 1.5;

const PART_LABEL = { family: 'Family name', given: 'Given name', alias: 'Alias' } as const;

function wordReason(m: WordMatch): string {
  const label = PART_LABEL[m.query.part];
  const pair = `${m.query.display} / ${m.candidate.display}`;
  if (m.agreement === 'exact') return `${label} matches (${m.candidate.display})`;
  if (m.agreement === 'variant') return `${label} matches a spelling variant (${pair})`;
  return `${label} matches apart from a typing slip (${pair})`;
}

function nameReasons(c: NameComparison): string[] {
  const reasons: string[] = [];
  if (c.similarity < 0.3 && !c.joinedVariant) return ['Names do not match'];
  if (c.queryName.source === 'alias' || c.candidateName.source === 'alias') {
    const shown = (n: NameComparison['queryName']) => n.tokens.map((t) => t.display).join(' ');
    reasons.push(`Matched through an alias (${shown(c.queryName)} / ${shown(c.candidateName)})`);
  }
  if (c.joinedVariant) {
    const shown = (n: NameComparison['queryName']) => n.tokens.map((t) => t.display).join(' ');
    reasons.push(`Same name written with different word breaks (${shown(c.queryName)} / ${shown(c.candidateName)})`);
    return reasons;
  }
  reasons.push(...c.matches.map(wordReason));
  if (c.swapped) reasons.push('Family and given names are recorded the other way round');
  const matchedQ = new Set(c.matches.map((m) => m.query));
  const matchedC = new Set(c.matches.map((m) => m.candidate));
  const extra = [...c.queryName.tokens.filter((t) => !matchedQ.has(t)), ...c.candidateName.tokens.filter((t) => !matchedC.has(t))];
  if (extra.length > 0) reasons.push(`Names on one record only: ${extra.map((t) => t.display).join(', ')}`);
  return reasons;
}

export interface Evidence {
  points: number;
  reasons: string[];
  /** How the dates of birth agree: the commonness adjustment depends on it. */
  birth: DateAgreement['kind'];
  /** …and how the places of birth agree. */
  place: PlaceAgreement;
}

function evidence(q: PreparedPerson, c: PreparedPerson): Evidence {
  let points = 0;
  const reasons: string[] = [];
  if (q.biometric && c.biometric) {
    const same = q.biometric === c.biometric;
    points += same ? SAME_BIOMETRIC : DIFFERENT_BIOMETRIC;
    reasons.push(same ? 'Same biometric reference' : 'Different biometric references');
  }
  if (q.documents.some((d) => c.documents.includes(d))) {
    points += SAME_DOCUMENT;
    reasons.push('Same document number');
  }
  const names = bestNameComparison(q.names, c.names);
  if (names) {
    points += NAME_RANGE * (2 * names.similarity - 1);
    reasons.push(...nameReasons(names));
  }
  const dates = compareBirthDates(q.birth, c.birth);
  points += dates.points;
  if (dates.reason) reasons.push(dates.reason);
  if (q.sex && c.sex) {
    points += q.sex === c.sex ? SAME_SEX : DIFFERENT_SEX;
    if (q.sex !== c.sex) reasons.push(`Recorded sex differs (${q.sex} / ${c.sex})`);
  }
  if (q.nationality && c.nationality) {
    const same = q.nationality === c.nationality;
    points += same ? SAME_NATIONALITY : DIFFERENT_NATIONALITY;
    reasons.push(same ? `Same nationality (${q.nationality})` : `Different nationality recorded (${q.nationality} / ${c.nationality})`);
  }
  const place = comparePlaces(q.placeOfBirth, c.placeOfBirth);
  if (place !== 'unknown') {
    const shown = `${q.placeOfBirth!.display} / ${c.placeOfBirth!.display}`;
    points += place === 'different' ? DIFFERENT_PLACE : SAME_PLACE;
    if (place === 'same') reasons.push(`Same place of birth: ${c.placeOfBirth!.display}`);
    else if (place === 'variant') reasons.push(`Same place of birth, spelt differently: ${shown}`);
    else reasons.push(`Place of birth differs: ${shown}`);
  }
  return { points, reasons, birth: dates.kind, place };
}

/** The points of evidence for and against, before they become a score. */
export function candidateEvidence(query: MatchPerson, candidate: MatchPerson): Evidence {
  return evidence(preparePerson(query), preparePerson(candidate));
}

export function scoreFromPoints(points: number): number {
  return 1 / (1 + Math.exp(-(points - MIDPOINT) / WIDTH));
}

export function scoreCandidate(query: MatchPerson, candidate: MatchPerson): CandidateScore {
  const { points, reasons } = candidateEvidence(query, candidate);
  return { score: scoreFromPoints(points), reasons };
}
