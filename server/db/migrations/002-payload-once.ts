import type { Migration } from '../migrate';

/*
 * A pushed payload is stored once, in change_log, as `json`: the exact text the device
 * hashed (so sha256(payload) = content_hash for every change written from now on) and
 * served back as is by pull. `records` keeps each record's current version, hash and
 * author; its payload is the change_log row at that version.
 *
 * Why: building jsonb (parse, sort keys) and writing every payload twice was most of a
 * push's database time, and pull turned the jsonb back into text. `json` still refuses
 * anything that is not JSON.
 */
export const payloadOnce: Migration = {
  version: 2,
  name: 'payloads stored once, as the text the device hashed',
  sql: `
    ALTER TABLE change_log ALTER COLUMN payload TYPE json USING payload::json;
    ALTER TABLE records DROP COLUMN payload;
  `,
};
