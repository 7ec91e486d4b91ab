import type { FieldIssue } from '../../shared/domain/errors';
import type { CheckedChange, CheckResult } from './validate-change';

/** The centre's copy of a record as the push found it. */
export interface ServerCopy {
  version: number;
  contentHash: string;
  deviceId: string;
}

export type Decision =
  | { kind: 'apply'; change: CheckedChange; version: number }
  /** Same content as the centre already holds: nothing to write, the answer is its version. */
  | { kind: 'unchanged'; change: CheckedChange; version: number }
  | { kind: 'conflict'; change: CheckedChange; server: ServerCopy }
  | { kind: 'rejected'; seq: number; issues: FieldIssue[]; change?: undefined };

export const recordKey = (recordType: string, recordId: string) => `${recordType}/${recordId}`;

/**
 * Decides every fresh change of one batch, in seq order. Pure: the caller holds the clock
 * lock, loaded the server copies, and writes what this returns.
 *
 * A change fast-forwards the record when it was based on the centre's current version, or
 * when the current version is this device's own earlier change (the device edited its own
 * unsynced record again; its baseVersion cannot know the version the centre gave it). A record
 * the centre does not hold is created whatever the base says, so a centre restored from an
 * older backup gets its lost records back. Anything else with different content is a conflict.
 */
export function decideChanges(
  checked: readonly CheckResult[],
  serverCopies: ReadonlyMap<string, ServerCopy>,
  deviceId: string,
  clockVersion: number,
): { decisions: Decision[]; lastVersion: number } {
  const current = new Map(serverCopies);
  let version = clockVersion;
  const decisions = checked.map((result): Decision => {
    if (!result.ok) return { kind: 'rejected', seq: result.seq, issues: result.issues };
    const change = result.change;
    const key = recordKey(change.recordType, change.recordId);
    const server = current.get(key);
    if (server && server.contentHash === change.contentHash) return { kind: 'unchanged', change, version: server.version };
    if (server && change.baseVersion !== server.version && server.deviceId !== deviceId) return { kind: 'conflict', change, server };
    version += 1;
    current.set(key, { version, contentHash: change.contentHash, deviceId });
    return { kind: 'apply', change, version };
  });
  return { decisions, lastVersion: version };
}
