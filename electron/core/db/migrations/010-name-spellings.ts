import type { Migration } from '../migrations';
import { fileSpellings } from '../../records/name-spellings';

/**
 * The spellings of names for the People search (records/name-spellings.ts), filled from the
 * words the search index already holds: fts5vocab lists them without reading a record.
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
    fileSpellings(db, terms);
  },
};
