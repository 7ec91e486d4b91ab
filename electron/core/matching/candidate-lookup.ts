import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { blockingKeys, lookupKeys, placeKey } from './blocking-keys';
import type { BlockCounts } from './common-names';
import type { MatchPerson } from './match-person';
import { preparePerson } from './prepared-person';

/**
 * Finds the recorded small-boat arrivals worth scoring against a person, through
 * `identity_keys`, without reading a million records:
 * - a key shared by more than `maxBlock` people (Mohammed Ahmed with no date of birth) says
 *   nothing about identity and would drag thousands of rows in: it is skipped;
 * - the rest are weighted by rarity (a document number shared by one person counts for far
 *   more than a name shared by 800) and people are ranked by the weight of the keys they
 *   share; only the best `maxCandidates` are scored.
 * The block sizes are returned too: they say how common the person's name is.
 */
export interface LookupLimits {
  maxBlock: number;
  maxCandidates: number;
}

/** Measured at 1,000,000 people (test/bench/matching.ts). */
export const DEFAULT_LOOKUP_LIMITS: LookupLimits = { maxBlock: 1000, maxCandidates: 300 };

export interface Lookup {
  /** The person's lookup keys (blocking-keys.ts). */
  keys: string[];
  /** People per key, counted up to maxBlock + 1: how common the person's name is. */
  sizes: Map<string, number>;
  /** Arrival seqs, best first. */
  seqs: number[];
}

/** People stored under each key, counted up to `cap` (a block past the limit is not read further). */
export function blockSizes(db: Db, keys: readonly string[], cap: number): Map<string, number> {
  const count = stmt(db, 'SELECT count(*) AS n FROM (SELECT 1 FROM identity_keys WHERE key = ? LIMIT ?)');
  return new Map(keys.map((key) => [key, (count.get(key, cap) as { n: number }).n]));
}

/** Rarer keys weigh more: a key of one person weighs about 8, a full block 1. */
function weight(size: number, maxBlock: number): number {
  return 1 + Math.log(maxBlock / size);
}

/**
 * People per lookup key of `person`, not counting the person: a small-boat arrival is in the
 * index itself, and is nobody's namesake.
 */
export function namesakeBlockSizes(db: Db, person: MatchPerson, subjectIndexed: boolean, cap: number): { keys: string[]; sizes: Map<string, number> } {
  const keys = lookupKeys(person);
  const sizes = blockSizes(db, keys, subjectIndexed ? cap + 1 : cap);
  if (subjectIndexed) for (const own of blockingKeys(person)) if (sizes.get(own)) sizes.set(own, sizes.get(own)! - 1);
  return { keys, sizes };
}

export function lookupCandidates(db: Db, person: MatchPerson, limits: LookupLimits & { subjectIndexed: boolean }): Lookup {
  const { keys, sizes } = namesakeBlockSizes(db, person, limits.subjectIndexed, limits.maxBlock + 1);
  const kept = keys.filter((k) => sizes.get(k)! > 0 && sizes.get(k)! <= limits.maxBlock).map((k) => ({ k, w: weight(sizes.get(k)!, limits.maxBlock) }));
  if (kept.length === 0) return { keys, sizes, seqs: [] };
  // CROSS JOIN keeps the few keys as the outer loop: one index range per key.
  const rows = stmt(
    db,
    `WITH k AS (SELECT value ->> '$.k' AS key, value ->> '$.w' AS w FROM json_each(?))
     SELECT ik.arrival_seq AS seq FROM k CROSS JOIN identity_keys ik ON ik.key = k.key
     GROUP BY ik.arrival_seq ORDER BY sum(k.w) DESC, ik.arrival_seq DESC LIMIT ?`,
  ).all(JSON.stringify(kept), limits.maxCandidates) as { seq: number }[];
  return { keys, sizes, seqs: rows.map((r) => r.seq) };
}

/**
 * People per lookup key of `person` who were also born in the person's place of birth (filed
 * under the same place key), not counting the person: the namesakes a shared place of birth
 * leaves. Counted only for the keys a weighing asks about, within the same first `cap`
 * people of each block as `blockSizes`, so the two counts compare; each costs one indexed
 * probe per person of the block. Undefined when the person's place is not recorded.
 */
export function namesakesBornThere(db: Db, person: MatchPerson, subjectIndexed: boolean, cap: number): BlockCounts | undefined {
  const place = preparePerson(person).placeOfBirth;
  if (!place) return undefined;
  const bornThere = placeKey(place.key);
  const own = subjectIndexed ? new Set(blockingKeys(person)) : null;
  const count = stmt(
    db,
    `SELECT count(*) AS n FROM (SELECT arrival_seq FROM identity_keys WHERE key = ? LIMIT ?) s
     WHERE EXISTS (SELECT 1 FROM identity_keys o WHERE o.key = ? AND o.arrival_seq = s.arrival_seq)`,
  );
  const counted = new Map<string, number>();
  return {
    get(key: string): number {
      let n = counted.get(key);
      if (n === undefined) {
        n = (count.get(key, subjectIndexed ? cap + 1 : cap, bornThere) as { n: number }).n;
        if (own?.has(key) && own.has(bornThere) && n > 0) n -= 1;
        counted.set(key, n);
      }
      return n;
    },
  };
}
