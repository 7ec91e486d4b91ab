import { v7 as uuidv7 } from 'uuid';
import type { PushChange, PushResult } from '../../shared/sync';
import { change, interceptionPayload } from './sync-client';

/*
 * A small in-memory model of what the centre must do with pushes, for the property test:
 * per device an outbox (a seq always means the same change) and the last applied seq; per
 * record the server's version, hash and writer; a global clock.
 */
export type ChangeKind = 'good' | 'badHash' | 'badShape' | 'idMismatch';
export type BaseChoice = 'current' | 'null' | 'stale';

export interface ChangeSpec {
  record: number;
  kind: ChangeKind;
  base: BaseChoice;
}

export interface PushSpec {
  device: number;
  /** firstSeq = lastApplied + 1 + offset (negative: resend; positive: a gap). */
  offset: number;
  changes: ChangeSpec[];
  /** Resend this device's previous batch, same batchId. */
  resendPrevious: boolean;
}

interface ServerRecord {
  version: number;
  hash: string;
  deviceId: string;
}

export interface ModelDevice {
  id: string;
  last: number;
  outbox: PushChange[];
  /** `first`: the answer to a conflict or a rejection, which a duplicate of it carries. */
  ledger: Map<number, { outcome: 'applied' | 'conflict' | 'rejected'; version: number | null; first?: PushResult }>;
  previous: { batch: object; responseText: string } | null;
}

export class PushModel {
  readonly recordIds: string[];
  readonly records = new Map<string, ServerRecord>();
  conflicts = 0;
  private edits = 0;

  constructor(
    readonly devices: ModelDevice[],
    public clock: number,
    recordCount: number,
  ) {
    this.recordIds = Array.from({ length: recordCount }, () => uuidv7());
  }

  /** The outbox row for `seq`, written now if the device has not made it yet. */
  outboxChange(device: ModelDevice, seq: number, spec: ChangeSpec): PushChange {
    while (device.outbox.length < seq) {
      const n = device.outbox.length + 1;
      const recordId = this.recordIds[spec.record % this.recordIds.length]!;
      const server = this.records.get(recordId);
      const baseVersion = spec.base === 'null' || !server ? null : spec.base === 'current' ? server.version : Math.max(1, server.version - 1);
      const payload = interceptionPayload(spec.kind === 'idMismatch' ? uuidv7() : recordId, {
        notes: `edit ${++this.edits}`,
        ...(spec.kind === 'badShape' ? { zone: 'NOWHERE' } : {}),
      });
      device.outbox.push(change(n, { recordId, baseVersion, payload, ...(spec.kind === 'badHash' ? { contentHash: '0'.repeat(64) } : {}) }));
    }
    return device.outbox[seq - 1]!;
  }

  /** What the centre must answer for a fresh change, updating the model as the centre would. */
  expectFresh(device: ModelDevice, c: PushChange): PushResult {
    const bad = c.contentHash === '0'.repeat(64) || (c.payload as { id: string }).id !== c.recordId || (c.payload as { zone: string }).zone === 'NOWHERE';
    if (bad) {
      const rejected: PushResult = { seq: c.seq, status: 'rejected', issues: [] };
      device.ledger.set(c.seq, { outcome: 'rejected', version: null, first: rejected });
      return rejected;
    }
    const server = this.records.get(c.recordId);
    if (server && server.hash === c.contentHash) {
      device.ledger.set(c.seq, { outcome: 'applied', version: server.version });
      return { seq: c.seq, status: 'applied', version: server.version };
    }
    if (server && c.baseVersion !== server.version && server.deviceId !== device.id) {
      this.conflicts++;
      const conflict: PushResult = { seq: c.seq, status: 'conflict', conflictId: '', serverVersion: server.version, serverPayload: null, serverContentHash: server.hash };
      device.ledger.set(c.seq, { outcome: 'conflict', version: server.version, first: conflict });
      return conflict;
    }
    const version = ++this.clock;
    this.records.set(c.recordId, { version, hash: c.contentHash, deviceId: device.id });
    device.ledger.set(c.seq, { outcome: 'applied', version });
    return { seq: c.seq, status: 'applied', version };
  }

  expectDuplicate(device: ModelDevice, c: PushChange): PushResult {
    const first = device.ledger.get(c.seq)!;
    const duplicate: PushResult = { seq: c.seq, status: 'duplicate', original: first.outcome, version: first.version, sameContent: true };
    return first.first ? { ...duplicate, first: first.first as Extract<PushResult, { status: 'conflict' | 'rejected' }> } : duplicate;
  }
}

/** Compares an answer with the model's, ignoring what the model cannot know (ids, issue texts, payloads). */
export function comparable(result: PushResult): unknown {
  switch (result.status) {
    case 'rejected':
      return { seq: result.seq, status: 'rejected' };
    case 'conflict':
      return { seq: result.seq, status: 'conflict', serverVersion: result.serverVersion, serverContentHash: result.serverContentHash };
    case 'applied':
      return { seq: result.seq, status: 'applied', version: result.version };
    case 'duplicate':
      return result.first ? { ...result, first: comparable(result.first) } : result;
  }
}
