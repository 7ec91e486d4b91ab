import type { Migration } from '../migrations';

/**
 * A draft keeps the form as it was opened (for a correction: the record as saved then), so a
 * correction typed over a version that has since changed can be laid over the new version
 * field by field (shared/domain/form-draft-over-newer.ts). Null for drafts kept before.
 */
export const v15FormDraftBase: Migration = {
  version: 15,
  name: 'form drafts keep the form as it was opened',
  up(db) {
    db.exec('ALTER TABLE form_drafts ADD COLUMN base_json TEXT');
  },
};
