import type { Migration } from '../migrations';

/**
 * The name search index (FTS5) no longer merges its segments during a save. By default
 * every few saves paid for a merge, and one save in a hundred at a million people took
 * 25–30 ms instead of one. Merging now happens when the app is idle (db/checkpoint.ts);
 * `crisismerge` bounds the segments a long burst of saves without a pause can leave (a search
 * reads each one), far above what idle merging lets build up.
 */
export const v7SearchMergesWhenIdle: Migration = {
  version: 7,
  name: 'name search merges its index when idle, not during saves',
  up(db) {
    db.exec(`
      INSERT INTO arrival_names (arrival_names, rank) VALUES ('automerge', 0);
      INSERT INTO arrival_names (arrival_names, rank) VALUES ('crisismerge', 64);
    `);
  },
};
