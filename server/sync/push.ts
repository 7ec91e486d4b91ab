import type { PushGap, PushRequest, PushResponse } from '../../shared/sync';
import type { Database } from '../db/database';
import { HttpError } from '../http/errors';
import { encodeCursor } from './cursor';
import { duplicateResults, findStoredAnswer, freshResults, storeAnswer } from './push-answers';
import { advanceDevice, CHAIN_HEAD_COLUMNS, checkChain, writeChainBreaks, type DeviceChainHead } from './push-chain';
import { decideChanges } from './push-decide';
import { loadServerCopies, writeApplied, writeConflicts, writeLedger } from './push-write';
import { checkChange, type CheckedChange } from './validate-change';
import { verifyOfficers } from './verify-officers';
import { advanceClock, lockClock } from './version-clock';

export type PushOutcome =
  | {
      kind: 'answer';
      responseText: string;
      replayed: boolean;
      stats: { applied: number; conflicts: number; rejected: number; duplicates: number; clamped: number; chainBreaks: number };
    }
  | { kind: 'gap'; body: PushGap };

export interface PushOptions {
  now: Date;
  /**
   * sha256 of the request body as received: a batchId sent again must come with the same
   * bytes (the app rebuilds a named batch byte for byte from its outbox) to replay its answer.
   */
  requestHash: string;
  /** Tests only: runs inside the transaction just before COMMIT (to hold it open). */
  beforeCommit?: () => Promise<void>;
}

/**
 * One push, in ONE transaction. Order matters:
 * 1. lock the device row — pushes from one device take turns, and a revoke waits for us;
 * 2. a batchId seen before replays its stored answer (same request) or is refused;
 * 3. a gap (firstSeq beyond lastAppliedSeq + 1) answers 409 and writes nothing;
 * 4. seqs already processed are `duplicate`; the rest (checked before the lock) are decided and written
 *    under the clock lock, and lastAppliedSeq moves to lastSeq — rejected changes included;
 * 5. the answer is stored under the batchId before COMMIT.
 */
export async function push(db: Database, deviceId: string, request: PushRequest, options: PushOptions): Promise<PushOutcome> {
  const { requestHash } = options;
  // Pure checks, before any lock: while another batch from this device holds the lock, this
  // one is checked meanwhile. Only the fresh ones' results are used (duplicates are answered
  // from the ledger); checking a resent duplicate is wasted only on a resend.
  const checks = request.changes.map((c) => checkChange(c, options.now));
  return db.transaction(async (tx) => {
    const [device] = await tx.query<{ last_applied_seq: number; revoked: boolean } & DeviceChainHead>(
      `SELECT last_applied_seq, revoked_at IS NOT NULL AS revoked, ${CHAIN_HEAD_COLUMNS} FROM devices WHERE id = $1 FOR UPDATE`,
      [deviceId],
    );
    if (!device || device.revoked) throw new HttpError(403, 'FORBIDDEN', 'This device has been revoked by an administrator');
    const stored = await findStoredAnswer(tx, deviceId, request.batchId);
    if (stored) {
      if (stored.requestHash !== requestHash) {
        throw new HttpError(409, 'CONFLICT', 'This batchId was already used for a different batch: give every new batch a new batchId');
      }
      return { kind: 'answer', responseText: stored.responseText, replayed: true, stats: emptyStats() };
    }
    const last = device.last_applied_seq;
    if (request.firstSeq > last + 1) {
      return { kind: 'gap', body: { code: 'CONFLICT', message: `Sequence gap: the centre has applied up to seq ${last}; resend from seq ${last + 1}`, lastAppliedSeq: last } };
    }
    const seen = request.changes.filter((c) => c.seq <= last);
    const fresh = request.changes.filter((c) => c.seq > last);
    // Officers and roles are checked at the centre too (verify-officers.ts): a refusal is a `rejected` change.
    const checked = await verifyOfficers(tx, checks.slice(seen.length));
    const valid = checked.flatMap((c) => (c.ok ? [c.change] : []));
    // Only changes that may touch `records` need the clock (and its serialising lock).
    const clock = valid.length ? await lockClock(tx) : 0;
    const serverCopies = valid.length ? await loadServerCopies(tx, valid) : new Map();
    const { decisions, lastVersion } = decideChanges(checked, serverCopies, deviceId, clock);
    const conflicts = await writeConflicts(tx, deviceId, decisions);
    await writeApplied(tx, deviceId, decisions);
    if (lastVersion > clock) await advanceClock(tx, lastVersion);
    // The audit chain is checked on what the device sent, whatever each change's outcome.
    const chain = checkChain(deviceId, device, fresh);
    if (fresh.length) {
      await writeLedger(tx, deviceId, request.batchId, fresh, decisions);
      await advanceDevice(tx, deviceId, request.lastSeq, chain);
      await writeChainBreaks(tx, deviceId, request.batchId, chain.breaks, options.now);
    }
    const response: PushResponse = {
      batchId: request.batchId,
      lastAppliedSeq: Math.max(last, request.lastSeq),
      results: [...(await duplicateResults(tx, deviceId, seen)), ...freshResults(decisions, conflicts)],
      // Versions clock+1…lastVersion went to this batch alone (we hold the clock lock).
      ...(lastVersion > clock ? { pullCursorSkip: { from: clock === 0 ? '' : encodeCursor(clock), to: encodeCursor(lastVersion) } } : {}),
      ...(chain.breaks.length ? { chainBreaks: chain.breaks } : {}),
    };
    const responseText = JSON.stringify(response);
    await storeAnswer(tx, deviceId, request.batchId, requestHash, responseText);
    await options.beforeCommit?.();
    return { kind: 'answer', responseText, replayed: false, stats: { ...statsOf(decisions, seen.length, valid), chainBreaks: chain.breaks.length } };
  });
}

function emptyStats() {
  return { applied: 0, conflicts: 0, rejected: 0, duplicates: 0, clamped: 0, chainBreaks: 0 };
}

function statsOf(decisions: ReturnType<typeof decideChanges>['decisions'], duplicates: number, valid: CheckedChange[]) {
  return {
    applied: decisions.filter((d) => d.kind === 'apply' || d.kind === 'unchanged').length,
    conflicts: decisions.filter((d) => d.kind === 'conflict').length,
    rejected: decisions.filter((d) => d.kind === 'rejected').length,
    duplicates,
    clamped: valid.filter((c) => c.recordedAtClamped).length,
  };
}
