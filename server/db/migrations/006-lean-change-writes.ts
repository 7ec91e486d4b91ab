import type { Migration } from '../migrate';

/*
 * The three tables a push writes one row per change to (records, change_log, device_changes)
 * stop checking device_id against devices with a foreign key, and change_log keeps each
 * payload as plain text.
 *
 * Why: every foreign-key check is a trigger that runs a query per row; with three of them
 * per change they were half of a push's database time (the sync bench in the README). They
 * protected nothing a push needs: a push writes only under its own device row, locked FOR
 * UPDATE for the whole transaction, and a device is never deleted — revoked at most. That
 * last rule was a convention; the trigger below makes it a fact of the database, so a row
 * can still never name a device that is gone.
 *
 * The payload is the centre's own JSON.stringify of the JSON it parsed (validate-change.ts),
 * so PostgreSQL's json type only re-checked what cannot be wrong, on every change.
 */
export const leanChangeWrites: Migration = {
  version: 6,
  name: 'pushes write without per-row foreign-key checks; payloads as text',
  sql: `
    ALTER TABLE records DROP CONSTRAINT records_device_id_fkey;
    ALTER TABLE change_log DROP CONSTRAINT change_log_device_id_fkey;
    ALTER TABLE device_changes DROP CONSTRAINT device_changes_device_id_fkey;
    ALTER TABLE change_log ALTER COLUMN payload TYPE text;

    CREATE FUNCTION refuse_device_delete() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN
      RAISE EXCEPTION 'A device is never deleted, only revoked: the centre''s history names it';
    END
    $$;
    CREATE TRIGGER devices_are_never_deleted BEFORE DELETE ON devices
      FOR EACH ROW EXECUTE FUNCTION refuse_device_delete();
  `,
};
