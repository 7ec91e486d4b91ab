import type { Migration } from '../migrations';

/** What an officer has typed into a new record's form and not yet saved (shared/domain/form-drafts.ts). */
export const v9FormDrafts: Migration = {
  version: 9,
  name: 'form drafts: what an officer typed and has not saved yet',
  up(db) {
    db.exec(`
      CREATE TABLE form_drafts (
        officer_id TEXT NOT NULL,
        form_key TEXT NOT NULL,
        values_json TEXT NOT NULL,
        saved_at TEXT NOT NULL,
        PRIMARY KEY (officer_id, form_key)
      ) STRICT, WITHOUT ROWID;
    `);
  },
};
