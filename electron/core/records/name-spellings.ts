import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { normaliseName } from '../matching/normalise-name';
import { phoneticForm, sameSpellingVariant, type PhoneticForm } from '../matching/transliteration';

/**
 * Spellings of one name (Mohammed, Muhammad, Mohamed; Abdelrahman, Abdul Rahman) found by a
 * People search for any of them. The search index holds names as typed; this table
 * (migrations/010) files each word the index holds, and each name written as two words that
 * is one name (Abdul Rahman, Abu Bakr), under its phonetic skeleton
 * (matching/transliteration.ts), so a searched word can bring in the spellings recorded on
 * this device. It holds words, never who bore them.
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

/**
 * A term of the index (a word, or two words that are one name) with the letters its skeleton
 * comes from, worked out only when the term is new (most are filed already).
 */
interface Spelling {
  term: string;
  letters(): string;
}

/** Every first word of a name written as two (Abd, Abdul, Abu, Abou…) starts "ab": others need no look. */
const MAY_HOLD_JOINED_NAME = /(?:^|[^\p{L}])ab/iu;

/** One name's skeleton, from its letters written the one way normalise-name.ts writes them (Abdel- as Abdul-). */
function skeleton(letters: string): PhoneticForm | null {
  return letters.length >= MIN_LETTERS ? phoneticForm(letters) : null;
}

/** The spellings in a person's names: each word, and each pair of words that is one name. */
export function spellingsIn(names: string): Spelling[] {
  const words = [...new Set(indexTerms(names))].map((term) => ({ term, letters: () => normaliseName(term)[0]?.text ?? '' }));
  if (!MAY_HOLD_JOINED_NAME.test(names)) return words;
  const joined = normaliseName(names)
    .filter((token) => token.display.includes(' '))
    .map((token) => ({ term: indexTerms(token.display).join(' '), letters: () => token.text }));
  return [...words, ...joined];
}

/**
 * Files the spellings of a saved person's names. Most are filed already: one index lookup
 * each, and the skeleton is worked out only for a new one (it is most of the cost, on every
 * record a pull stores).
 */
export function fileSpellings(db: Db, spellings: readonly Spelling[]): void {
  const filed = stmt(db, 'SELECT 1 FROM name_spellings WHERE term = ?');
  const file = stmt(db, 'INSERT OR IGNORE INTO name_spellings (term, phonetic_key, vowels) VALUES (?, ?, ?)');
  for (const { term, letters } of spellings) {
    if (filed.get(term)) continue;
    const form = skeleton(letters());
    if (form && form.key) file.run(term, form.key, form.vowels);
  }
}

/** The one name two typed words make (abdul + rahman: abdulrahman), or null when they are two names. */
export function joinedName(word: string, next: string): string | null {
  const tokens = normaliseName(`${word} ${next}`);
  return tokens.length === 1 ? tokens[0]!.text.toLowerCase() : null;
}

/** Other spellings of a searched word recorded on this device, as index terms (a two-word one is a phrase). */
export function spellingVariants(db: Db, word: string): string[] {
  const form = skeleton(normaliseName(word)[0]?.text ?? '');
  if (!form || !form.key) return [];
  const rows = stmt(db, 'SELECT vowels, term FROM name_spellings WHERE phonetic_key = ?').all(form.key) as { vowels: string; term: string }[];
  return rows.filter((r) => r.term !== word && sameSpellingVariant(form, { key: form.key, vowels: r.vowels })).map((r) => r.term);
}

/**
 * After a retention purge: forgets the spellings no person on this device bears any more, so
 * the table never outlives the records it was filed from (a rare name would otherwise say
 * that someone bearing it was recorded here). A two-word name goes when either word has gone.
 * One read of the index's vocabulary: tens of milliseconds even at a million people.
 */
export function forgetUnusedSpellings(db: Db): number {
  db.exec('CREATE VIRTUAL TABLE IF NOT EXISTS temp.arrival_name_terms USING fts5vocab(main, arrival_names, row)');
  try {
    const indexed = new Set((db.prepare('SELECT term FROM temp.arrival_name_terms').all() as { term: string }[]).map((r) => r.term));
    const filed = (stmt(db, 'SELECT term FROM name_spellings').all() as { term: string }[]).map((r) => r.term);
    const unused = filed.filter((term) => term.split(' ').some((word) => !indexed.has(word)));
    const forget = stmt(db, 'DELETE FROM name_spellings WHERE term = ?');
    db.transaction(() => unused.forEach((term) => forget.run(term)))();
    return unused.length;
  } finally {
    db.exec('DROP TABLE temp.arrival_name_terms');
  }
}
