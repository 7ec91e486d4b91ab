import type { MatchPerson } from './match-person';
import { preparePerson, type PreparedName } from './prepared-person';
import { consonantSkeleton } from './transliteration';

/**
 * Short strings that a probable match shares with the person: stored one row per key in an
 * indexed table and looked up with `WHERE key IN (...)`, so that scoring sees a few hundred
 * candidates out of a million people rather than all of them.
 *
 * A true match must share at least one key even when the records disagree in ways the
 * scorer forgives:
 * - spelling variants and vowels put in or left out (Kibrom / Kbrom, Shvan / Shivan): words
 *   are reduced to their phonetic consonants, so Mohammed and Mahmoud share blocks here and
 *   only scoring tells them apart;
 * - names in another order: word pairs are sorted;
 * - a typing slip in one word: the other word with the slipped word's first letter, and each
 *   word with the full date of birth;
 * - day and month swapped: the date key sorts day and month;
 * - an estimated year one off: a record is stored under its year, and looked up under its
 *   year and the years either side (`lookupKeys`), so each key is written once per person;
 * - no date of birth: the whole name, and the family name with the first given name;
 * - a new name: the same document number or biometric reference.
 * The prefix of each key says which rule made it. One more key is stored but never looked
 * up by: the place of birth (`o:`), which counts how many namesakes were born there.
 *
 * Some keys of very common names (Mohammed Ahmed with no year) gather thousands of people
 * at a million records. They carry no identity: candidate-lookup.ts skips them and ranks
 * the rest by the rarity of the keys shared.
 */

/** Long names are rare; four words give six pairs, enough to survive one changed word. */
const MAX_WORDS = 4;

const consonants = consonantSkeleton;

function words(name: PreparedName): string[] {
  const codes = name.tokens.filter((t) => t.form.key.length > 0).map((t) => consonants(t.form.key));
  return [...new Set(codes)].slice(0, MAX_WORDS);
}

/** Stored under the year itself; looked up under it and its neighbours (an estimate is often one off). */
function yearTags(year: number, forLookup: boolean): string[] {
  return forLookup ? [`y${year - 1}`, `y${year}`, `y${year + 1}`] : [`y${year}`];
}

/** The family name and the first given name: for an alias, its first and last words. */
function mainWords(name: PreparedName): [string, string] | null {
  const code = (i: number) => consonants(name.tokens[i]!.form.key);
  const family = name.tokens.findIndex((t) => t.part === 'family');
  const given = name.tokens.findIndex((t) => t.part === 'given');
  if (family >= 0 && given >= 0) return [code(family), code(given)];
  return name.tokens.length >= 2 ? [code(0), code(name.tokens.length - 1)] : null;
}

function nameKeys(name: PreparedName, years: string[], date: string | null): string[] {
  const w = words(name);
  const main = mainWords(name);
  const keys: string[] = [];
  if (w.length > 0) keys.push(`n:${[...w].sort().join('+')}`);
  if (years.length > 0) {
    for (let i = 0; i < w.length; i++) {
      for (let j = i + 1; j < w.length; j++) {
        const pair = [w[i], w[j]].sort().join('+');
        for (const y of years) keys.push(`p:${pair}:${y}`);
      }
    }
    // A single-word name has no pair: its word and year are the only name evidence.
    if (w.length === 1) for (const y of years) keys.push(`p:${w[0]}:${y}`);
    // A slip in one of the two main words: the other word and the slipped one's first letter.
    if (main && main[0] !== main[1]) {
      for (const y of years) keys.push(`i:${main[0]}+${main[1][0]}:${y}`, `i:${main[1]}+${main[0][0]}:${y}`);
    }
  }
  // Longer names lose and gain words (a grandfather's name); the two main words remain.
  if (main && w.length > 2) keys.push(`m:${[...main].sort().join('+')}`);
  if (date !== null) for (const word of w) keys.push(`w:${word}:${date}`);
  return keys;
}

/** The key a person born in a place is filed under (place-of-birth.ts gives the skeleton). */
export function placeKey(skeleton: string): string {
  return `o:${skeleton}`;
}

function keys(person: MatchPerson, forLookup: boolean): string[] {
  const p = preparePerson(person);
  const keys: string[] = [];
  if (p.biometric) keys.push(`b:${p.biometric}`);
  for (const d of p.documents) keys.push(`d:${d}`);
  const birth = p.birth;
  let date: string | null = null;
  if (birth?.day != null && birth.month != null) {
    // Day and month sorted: a date typed month-first lands on the same key.
    const [lo, hi] = [birth.day, birth.month].sort((x, y) => x - y);
    date = `${birth.year}-${lo}-${hi}`;
  }
  const years = birth ? yearTags(birth.year, forLookup) : [];
  for (const name of p.names) keys.push(...nameKeys(name, years, date));
  // Not a lookup key (thousands share a town): it counts namesakes born in the same place.
  if (!forLookup && p.placeOfBirth) keys.push(placeKey(p.placeOfBirth.key));
  return [...new Set(keys)];
}

/** The keys a recorded person is stored under in identity_keys. */
export function blockingKeys(person: MatchPerson): string[] {
  return keys(person, false);
}

/** The keys to look a person up by: a probable match was stored under at least one of them. */
export function lookupKeys(person: MatchPerson): string[] {
  return keys(person, true);
}
