import type { Migration } from '../migrations';
import type { ArrivalFields } from '../../../../shared/domain/arrival';
import { ABD_BEFORE_ONE_CONSONANT } from '../../matching/normalise-name';
import { reindexIdentity } from '../../matching/identity-index';
import { fileSpellings, spellingsIn } from '../../records/name-spellings';

/**
 * Names such as Abdirahman, Abdurahman and Abdikarim are now read as Abdul-Rahman and
 * Abdul-Karim (matching/normalise-name.ts), like Abdelrahman and Abdurrahman already were.
 * What was filed under their old reading is filed again: their spellings for the People
 * search, and the identity keys of the people who bear them, so that the prior-crossing
 * check finds someone recorded before the upgrade under the new reading. Only those words
 * and those people: found in the search index's vocabulary and by a search for each word.
 */
export const v14AbdNamesRefiled: Migration = {
  version: 14,
  name: 'Abdirahman, Abdurahman: spellings and identity keys filed again under Abdul-',
  up(db) {
    db.exec('CREATE VIRTUAL TABLE temp.arrival_name_terms USING fts5vocab(main, arrival_names, row)');
    const terms = (db.prepare("SELECT term FROM temp.arrival_name_terms WHERE term >= 'abd' AND term < 'abe'").all() as { term: string }[])
      .map((r) => r.term)
      .filter((term) => ABD_BEFORE_ONE_CONSONANT.test(term.toUpperCase()));
    db.exec('DROP TABLE temp.arrival_name_terms');
    if (terms.length === 0) return;

    const forget = db.prepare('DELETE FROM name_spellings WHERE term = ?');
    for (const term of terms) forget.run(term);
    fileSpellings(db, terms.flatMap(spellingsIn));

    const bearers = db.prepare('SELECT rowid AS seq FROM arrival_names WHERE arrival_names MATCH ?');
    const seqs = new Set<number>();
    for (const term of terms) for (const { seq } of bearers.all(`"${term}"`) as { seq: number }[]) seqs.add(seq);
    const read = db.prepare('SELECT data FROM arrivals WHERE seq = ?');
    // All read first: better-sqlite3 cannot write while a statement is still being read.
    const people = [...seqs].map((seq) => ({ seq, data: (read.get(seq) as { data: string } | undefined)?.data }));
    for (const { seq, data } of people) {
      if (data) reindexIdentity(db, seq, JSON.parse(data) as ArrivalFields & { id: string });
    }
  },
};
