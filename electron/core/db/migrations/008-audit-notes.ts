import type { Migration } from '../migrations';

/**
 * An audit entry can say why a save was made when its fields cannot: a conflict with the
 * centre settled (keeping this laptop's copy changes no field here), a record sent again
 * because the centre did not hold it. Not part of the audit chain, which covers only what
 * the centre receives.
 */
export const v8AuditNotes: Migration = {
  version: 8,
  name: 'audit entries can carry a note saying why the save was made',
  up(db) {
    db.exec('ALTER TABLE audit_log ADD COLUMN note TEXT');
  },
};
