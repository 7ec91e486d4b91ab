import type { Migration } from '../migrations';

/**
 * A conflict keeps, beside the two copies, the copy both started from (the centre sends it
 * with the conflict), so the officer is asked only about fields changed on both sides and
 * nothing either side changed alone is dropped. Null for conflicts found before, or answered
 * by a centre that does not send it.
 */
export const v11ConflictBase: Migration = {
  version: 11,
  name: 'conflicts keep the copy both sides started from',
  up(db) {
    db.exec('ALTER TABLE conflicts ADD COLUMN base_payload TEXT');
  },
};
