import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { foldLetters } from '../matching/normalise-name';
import { phoneticForm, sameSpellingVariant } from '../matching/transliteration';

/**
 * Spellings of one name (Mohammed, Muhammad, Mohamed) found by a People search for any of
 * them. The search index holds names as typed; this table (migrations/010) files each word
 * the index holds under its phonetic skeleton (matching/transliteration.ts), so a searched
 * word can bring in the spellings recorded on this device. It holds words, never who bore them.
 */

/** A word shorter than this is too short to have a reliable skeleton (Li, Ali's prefixes). */
const MIN_LETTERS = 3;

/** The words of a name as the index's tokenizer holds them: lower case, accents removed. */
export function indexTerms(names: string): string[] {
  return names
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function skeleton(term: string) {
  const letters = foldLetters(term);
  return letters.length >= MIN_LETTERS ? phoneticForm(letters) : null;
}

/**
 * Files the words of a saved person's names. Most are filed already: one index lookup each,
 * and the skeleton is worked out only for a new word (it is most of the cost, on every
 * record a pull stores).
 */
export function fileSpellings(db: Db, terms: Iterable<string>): void {
  const filed = stmt(db, 'SELECT 1 FROM name_spellings WHERE term = ?');
  const file = stmt(db, 'INSERT INTO name_spellings (term, phonetic_key, vowels) VALUES (?, ?, ?)');
  for (const term of new Set(terms)) {
    if (filed.get(term)) continue;
    const form = skeleton(term);
    if (form && form.key) file.run(term, form.key, form.vowels);
  }
}

/** Other spellings of a searched word recorded on this device, as index terms. */
export function spellingVariants(db: Db, word: string): string[] {
  const form = skeleton(word);
  if (!form || !form.key) return [];
  const rows = stmt(db, 'SELECT vowels, term FROM name_spellings WHERE phonetic_key = ?').all(form.key) as { vowels: string; term: string }[];
  return rows.filter((r) => r.term !== word && sameSpellingVariant(form, { key: form.key, vowels: r.vowels })).map((r) => r.term);
}
