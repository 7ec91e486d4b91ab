import type { Migration } from '../migrations';
import type { ArrivalFields } from '../../../../shared/domain/arrival';
import { ABD_WITH_VOWEL, DIVINE_NAMES } from '../../matching/normalise-name';
import { reindexIdentity } from '../../matching/identity-index';
import { fileSpellings, spellingsIn } from '../../records/name-spellings';

/**
 * "Abdi Rahman", "Abdu Karim" written as two words are now read as one name, Abdirahman,
 * Abdikarim (matching/normalise-name.ts). What was filed under two names is filed again: the
 * two-word spelling for the People search, and the identity keys of the people who bear it,
 * so the prior-crossing check finds them under the new reading. Only those people: found by a
 * phrase search for each pair the search index's vocabulary holds.
 */
export const v16AbdiNamesJoined: Migration = {
  version: 16,
  name: 'Abdi Rahman written apart: spellings and identity keys filed as one name',
  up(db) {
    db.exec('CREATE VIRTUAL TABLE temp.arrival_name_terms USING fts5vocab(main, arrival_names, row)');
    const inIndex = db.prepare('SELECT 1 FROM temp.arrival_name_terms WHERE term = ?').pluck();
    const held = (words: Set<string>) => [...words].map((w) => w.toLowerCase()).filter((w) => inIndex.get(w) !== undefined);
    const pairs = held(ABD_WITH_VOWEL).flatMap((first) => held(DIVINE_NAMES).map((name) => `${first} ${name}`));
    db.exec('DROP TABLE temp.arrival_name_terms');
    if (pairs.length === 0) return;

    fileSpellings(db, pairs.flatMap(spellingsIn));
    const bearers = db.prepare('SELECT rowid AS seq FROM arrival_names WHERE arrival_names MATCH ?').pluck();
    const seqs = new Set(pairs.flatMap((pair) => bearers.all(`"${pair}"`) as number[]));
    const read = db.prepare('SELECT data FROM arrivals WHERE seq = ?').pluck();
    // All read first: better-sqlite3 cannot write while a statement is still being read.
    const people = [...seqs].map((seq) => ({ seq, data: read.get(seq) as string | undefined }));
    for (const { seq, data } of people) {
      if (data) reindexIdentity(db, seq, JSON.parse(data) as ArrivalFields & { id: string });
    }
  },
};
