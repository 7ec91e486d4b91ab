import type { PulledChange } from '../../../shared/sync';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { diffFields } from '../records/save-record';

/**
 * The name of the officer behind a change made on another laptop, as far as this laptop
 * knows it: an officer who signed in here, or one whose changes it holds. The centre sends
 * only the officer's id.
 */
function officerNameOf(db: Db, officerId: string): string {
  const known =
    (stmt(db, 'SELECT name FROM officer_verifiers WHERE officer_id = ? LIMIT 1').get(officerId) as { name: string } | undefined) ??
    (stmt(db, 'SELECT officer_name AS name FROM audit_log WHERE officer_id = ? ORDER BY id DESC LIMIT 1').get(officerId) as { name: string } | undefined);
  return known?.name ?? `an officer not known on this laptop (${officerId})`;
}

/**
 * A pulled change that replaces this laptop's copy of a record goes in the record's history,
 * field by field, under the officer and the laptop that made it: otherwise the record would
 * change on screen with no word of who changed it. It is not a link of this device's audit
 * chain (nothing was changed here, and nothing is sent back). Records new to this laptop get
 * no entry: their history is at the centre, and a full pull must stay cheap.
 */
export function recordReceivedChange(db: Db, change: PulledChange, localData: string): void {
  const changes = diffFields(JSON.parse(localData) as object, change.payload as object);
  if (Object.keys(changes).length === 0) return;
  stmt(
    db,
    `INSERT INTO audit_log (record_type, record_id, action, officer_id, officer_name, device_id, at, changes, note)
     VALUES (?, ?, 'update', ?, ?, ?, ?, ?, ?)`,
  ).run(
    change.recordType,
    change.recordId,
    change.officerId,
    officerNameOf(db, change.officerId),
    change.deviceId,
    change.recordedAt,
    JSON.stringify(changes),
    'Received from the central service: changed on another laptop',
  );
}
