import { AppError } from '../../../shared/domain/errors';
import { MAX_BATCH_CHANGES } from '../../../shared/sync';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { allRecordKinds } from '../records/record-kinds';
import { applyPulledPage } from './apply-pulled';
import { CentralApi } from './central-api';
import { countPending, nextBatch, rewindAfter, storePushAnswer } from './outbox';
import { proveHeldAtCentre, settledRecords } from './receipt';
import { requeueRecords } from './resend';
import { readSyncState } from './sync-state';

export interface SyncProgress {
  phase: 'push' | 'pull' | 'receipt' | 'done';
  sent: number;
  toSend: number;
  received: number;
}

export interface SyncResult {
  sent: number;
  duplicates: number;
  received: number;
  conflicts: number;
  rejected: number;
  /** Records this device holds that the centre proved it holds too (receipt ranges matched). */
  safeAtCentre: number;
  /** Records the receipt found missing at the centre, queued again. */
  resent: number;
  finishedAt: string;
}

const PULL_PAGE = 1000;

export function centralApiFor(db: Db): CentralApi {
  const url = readSyncState(db, 'apiUrl');
  if (!url) throw new AppError('UNAVAILABLE', 'No central API address is set. Set it in Settings, then enrol this device.');
  return new CentralApi(url, readSyncState(db, 'deviceToken'));
}

/**
 * One complete sync: push everything pending (in bounded batches), pull everything new,
 * then prove with receipts that the centre holds what this device holds. Any step may fail
 * (network, centre); what was done so far is kept and the next run carries on from there.
 */
export async function runSync(
  db: Db,
  device: Device,
  officerId: string,
  onProgress: (p: SyncProgress) => void = () => {},
  batchChanges = MAX_BATCH_CHANGES,
): Promise<SyncResult> {
  const api = centralApiFor(db);
  if (!readSyncState(db, 'deviceToken')) throw new AppError('FORBIDDEN', 'This device is not enrolled yet. Enrol it in Settings with the code from your administrator.');
  const result: SyncResult = { sent: 0, duplicates: 0, received: 0, conflicts: 0, rejected: 0, safeAtCentre: 0, resent: 0, finishedAt: '' };
  const toSend = countPending(db);

  for (let guard = 0; guard < 10_000; guard++) {
    const batch = nextBatch(db, device.id, batchChanges);
    if (!batch) break;
    onProgress({ phase: 'push', sent: result.sent, toSend, received: 0 });
    const answer = await api.push(batch);
    if (answer.kind === 'gap') {
      rewindAfter(db, answer.lastAppliedSeq);
      continue;
    }
    const tally = storePushAnswer(db, answer.response, new Date());
    result.sent += tally.applied;
    result.duplicates += tally.duplicate;
    result.conflicts += tally.conflicts;
    result.rejected += tally.rejected;
  }

  for (let guard = 0; guard < 100_000; guard++) {
    onProgress({ phase: 'pull', sent: result.sent, toSend, received: result.received });
    const page = await api.pull(readSyncState(db, 'pullCursor'), PULL_PAGE);
    const tally = applyPulledPage(db, page.changes, page.cursor);
    result.received += tally.received;
    if (!page.hasMore) break;
  }

  onProgress({ phase: 'receipt', sent: result.sent, toSend, received: result.received });
  for (const kind of allRecordKinds()) {
    const outcome = await proveHeldAtCentre((request) => api.receipt(request), device.id, kind, settledRecords(db, kind));
    result.safeAtCentre += outcome.proven;
    if (outcome.missingAtCentre.length) result.resent += requeueRecords(db, kind, outcome.missingAtCentre, officerId, new Date());
  }
  result.finishedAt = new Date().toISOString();
  onProgress({ phase: 'done', sent: result.sent, toSend, received: result.received });
  return result;
}
