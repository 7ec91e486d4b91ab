import type { Migration } from '../migrations';

const RECORD_TABLES = ['interceptions', 'arrivals', 'returns_cases', 'transfers', 'match_decisions'];

/**
 * Each record remembers the hash the centre knows it by: what this device sent, or what
 * the writing device sent for a pulled record (the centre's jsonb may reorder keys, so the
 * hash cannot be recomputed from the stored JSON). Receipts compare these.
 */
export const v3ContentHashes: Migration = {
  version: 3,
  name: 'content hash per record, for receipts',
  up(db) {
    for (const table of RECORD_TABLES) db.exec(`ALTER TABLE ${table} ADD COLUMN content_hash TEXT`);
  },
};
