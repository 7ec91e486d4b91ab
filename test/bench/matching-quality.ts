import type { Arrival } from '../../shared/domain/arrival';
import type { Db } from '../../electron/core/db/connection';
import { rankCandidates } from '../../electron/core/matching/rank-candidates';
import { getArrival } from '../../electron/core/records/arrivals';
import { pairKey, type LabelledRecord, type LabelledSet } from '../fixtures/matching/generate-labelled-set';
import { pairEvidence, placeEvidence, type PairEvidence, type PlaceEvidence } from './pair-evidence';
import { percentile } from './stats';

export interface Quality {
  queries: number;
  recall: number;
  precision: number;
  /** The true match was among the candidates looked up (whatever its score). */
  blocking_recall: number;
  /** Probable matches (at or above the threshold) that were someone else: seeded people or labelled look-alikes. */
  false_positives_seeded: number;
  false_positives_labelled: number;
  candidates_avg: number;
  match_p50_ms: number;
  match_p95_ms: number;
  /** The same lookup scored without weighing names by commonness: the trade-off it makes. */
  without_commonness: { recall: number; precision: number };
  /** Pairs and recall by what the two records share (pair-evidence.ts). */
  recall_by_evidence: Partial<Record<PairEvidence, { pairs: number; recall: number }>>;
  /** Pairs sharing no document or biometric (the hard ones), by how their places of birth agree. */
  unlinked_recall_by_place: Partial<Record<PlaceEvidence, { pairs: number; recall: number }>>;
  /**
   * The most recall any threshold on these scores could give at precision 0.90, were it
   * chosen afresh for each person by someone who knew the answer: the true match is flagged
   * with everyone scored at least as high. What the ordering of candidates allows at best.
   */
  recall_ceiling_at_precision_0_9: number;
}

/**
 * Runs the real prior-crossing check (lookup and scoring) for every second record of the
 * labelled set against the whole database, and counts what it finds at the threshold.
 * `byArrivalId` names the labelled records among the stored arrivals; every other
 * arrival is a seeded person, so a different person by construction.
 */
export function measureQuality(db: Db, set: LabelledSet, byArrivalId: Map<string, LabelledRecord>, threshold: number): Quality {
  const idOf = new Map([...byArrivalId].map(([arrivalId, r]) => [r, arrivalId]));
  const firstOf = new Map(set.records.filter((r) => r.id === r.personId).map((r) => [r.personId, idOf.get(r)!]));
  const byEvidence: Partial<Record<PairEvidence, { pairs: number; found: number }>> = {};
  const byPlace: Partial<Record<PlaceEvidence, { pairs: number; found: number }>> = {};
  let truePositives = 0, seededFalse = 0, labelledFalse = 0, retrieved = 0, candidates = 0;
  const unweighed = { truePositives: 0, falsePositives: 0 };
  const times: number[] = [];
  /** Per person whose true match was looked up: how many others scored at least as high. */
  const rivalsOfTrue: number[] = [];
  for (const query of set.duplicates) {
    const subject = getArrival(db, idOf.get(query)!);
    const start = process.hrtime.bigint();
    const ranked = rankCandidates(db, subject);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    candidates += ranked.length;
    const first = getArrival(db, firstOf.get(query.personId)!);
    const kind = pairEvidence(subject, first);
    const evidence = (byEvidence[kind] ??= { pairs: 0, found: 0 });
    evidence.pairs++;
    const place = kind === 'linked' ? null : (byPlace[placeEvidence(subject, first)] ??= { pairs: 0, found: 0 });
    if (place) place.pairs++;
    const isTrueMatch = (c: (typeof ranked)[number]) => {
      const labelled = byArrivalId.get(c.arrival.id);
      return labelled !== undefined && set.truePairs.has(pairKey(query.id, labelled.id));
    };
    const trueMatch = ranked.find(isTrueMatch);
    if (trueMatch) rivalsOfTrue.push(ranked.filter((c) => c !== trueMatch && c.score >= trueMatch.score).length);
    for (const c of ranked) {
      const labelled = byArrivalId.get(c.arrival.id);
      const isTrue = isTrueMatch(c);
      if (isTrue) retrieved++;
      if (c.scoreAsIfRare >= threshold) unweighed[isTrue ? 'truePositives' : 'falsePositives']++;
      if (c.score < threshold) continue;
      if (isTrue) {
        truePositives++;
        evidence.found++;
        if (place) place.found++;
      } else if (labelled) labelledFalse++;
      else seededFalse++;
    }
  }
  const n = set.duplicates.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return {
    queries: n,
    recall: round(truePositives / n),
    precision: round(truePositives / Math.max(1, truePositives + seededFalse + labelledFalse)),
    blocking_recall: round(retrieved / n),
    false_positives_seeded: seededFalse,
    false_positives_labelled: labelledFalse,
    candidates_avg: Math.round(candidates / n),
    match_p50_ms: percentile(times, 50),
    match_p95_ms: percentile(times, 95),
    without_commonness: {
      recall: round(unweighed.truePositives / n),
      precision: round(unweighed.truePositives / Math.max(1, unweighed.truePositives + unweighed.falsePositives)),
    },
    recall_by_evidence: Object.fromEntries(Object.entries(byEvidence).map(([k, v]) => [k, { pairs: v.pairs, recall: round(v.found / v.pairs) }])),
    unlinked_recall_by_place: Object.fromEntries(Object.entries(byPlace).map(([k, v]) => [k, { pairs: v.pairs, recall: round(v.found / v.pairs) }])),
    recall_ceiling_at_precision_0_9: round(bestRecallAtPrecision(rivalsOfTrue, 0.9) / n),
  };
}

/** Flags people in order of fewest rivals (each true match brings its rivals along) while precision holds. */
function bestRecallAtPrecision(rivalsOfTrue: readonly number[], precision: number): number {
  let found = 0, falseAlarms = 0;
  for (const rivals of [...rivalsOfTrue].sort((a, b) => a - b)) {
    if ((found + 1) / (found + 1 + falseAlarms + rivals) < precision) break;
    found++;
    falseAlarms += rivals;
  }
  return found;
}

export interface UnseenPeople {
  queries: number;
  /** Share of people never recorded before who were shown at least one probable prior crossing. */
  flagged: number;
  /** Probable matches per such person: every one a false alarm an officer must clear. */
  false_alarms_per_person: number;
}

/**
 * The check for safe-route arrivals the database has never seen (most of them, in life:
 * the route is for people who have not crossed). The labelled set measures how well the
 * check finds a person who did cross; this measures what it costs the others, which the
 * set's precision cannot show because each of its people did cross once.
 */
export function measureUnseen(db: Db, people: readonly Arrival[], threshold: number): UnseenPeople {
  let flagged = 0, alarms = 0;
  for (const person of people) {
    const probable = rankCandidates(db, person).filter((c) => c.score >= threshold).length;
    alarms += probable;
    if (probable > 0) flagged++;
  }
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { queries: people.length, flagged: round(flagged / people.length), false_alarms_per_person: round(alarms / people.length) };
}
