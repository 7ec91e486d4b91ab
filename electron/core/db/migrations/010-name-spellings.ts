import type { Migration } from '../migrations';
import { fileSpellings, spellingsIn } from '../../records/name-spellings';

/**
 * The spellings of names for the People search (records/name-spellings.ts), filled from the
 * words the search index already holds (fts5vocab lists them without reading a record), and
 * from the few records whose names may hold two words that are one name.
 */
export const v10NameSpellings: Migration = {
  version: 10,
  name: 'name spellings: a People search for Mohammed also finds Muhammad and Mohamed',
  up(db) {
    db.exec(`
      CREATE TABLE name_spellings (
        term TEXT PRIMARY KEY,
        phonetic_key TEXT NOT NULL,
        vowels TEXT NOT NULL
      ) STRICT, WITHOUT ROWID;
      CREATE INDEX name_spellings_by_key ON name_spellings (phonetic_key);
      CREATE VIRTUAL TABLE temp.arrival_name_terms USING fts5vocab(main, arrival_names, row);
    `);
    const terms = (db.prepare('SELECT term FROM temp.arrival_name_terms').all() as { term: string }[]).map((r) => r.term);
    db.exec('DROP TABLE temp.arrival_name_terms');
    fileSpellings(db, terms.flatMap(spellingsIn));
    // Names written as two words that are one name (Abdul Rahman, Abu Bakr) need the words in
    // order: read from the records that can hold one (name-spellings.ts: every such first word starts "ab").
    const paired = db.prepare(`
      SELECT concat_ws(' ', data ->> '$.familyName', data ->> '$.givenNames',
               (SELECT group_concat(concat_ws(' ', a.value ->> '$.familyName', a.value ->> '$.givenNames'), ' ') FROM json_each(data, '$.aliases') a)) AS names
        FROM arrivals
       WHERE concat_ws(' ', data ->> '$.familyName', data ->> '$.givenNames') LIKE '%ab%' OR json_array_length(data, '$.aliases') > 0`);
    // All read first: better-sqlite3 cannot write while a statement is still being read.
    for (const { names } of paired.all() as { names: string }[]) {
      fileSpellings(db, spellingsIn(names).filter((s) => s.term.includes(' ')));
    }
  },
};
