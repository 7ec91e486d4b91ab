import type { Migration } from '../migrations';

/**
 * The People list's "Status: Draft" filter (an officer's own unfinished records) had no index:
 * every record's JSON was read to find the drafts, 1–1.6 s at 200,000 people and growing with
 * the device. Built once, from the status every record already stores.
 */
export const v12ArrivalsByStatus: Migration = {
  version: 12,
  name: 'arrivals by status: the Draft filter without reading every record',
  up(db) {
    db.exec('CREATE INDEX arrivals_by_status ON arrivals (status, arrived_at)');
  },
};
