import { AppError } from '../../../shared/domain/errors';
import { MAX_BATCH_CHANGES } from '../../../shared/sync';
import { checkpointIfWalLarge } from '../db/checkpoint';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { allRecordKinds } from '../records/record-kinds';
import { applyPulledPage } from './apply-pulled';
import { CentralApi, didNotGetThrough, type PushAnswer } from './central-api';
import { adaptiveLimit, MIN_PULL_PAGE, MIN_PUSH_BATCH_CHANGES, type AdaptiveLimit } from './adaptive-limit';
import { countPending, forgetUnansweredBatches, nextBatch, rewindAfter, storePushAnswer, type PushTally } from './outbox';
import { proveHeldAtCentre, settledRecords } from './receipt';
import { requeueRecords } from './resend';
import { readSyncState } from './sync-state';

export interface SyncProgress {
  phase: 'push' | 'pull' | 'receipt' | 'done';
  /** Changes of this run the centre now holds: applied, or already there from a try whose answer was lost. */
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

/**
 * Starts a request whose answer is awaited later, while this thread does SQLite work: its
 * failure is not "unhandled" meanwhile, and the event loop gets a moment (one turn is not
 * enough for a 200 KB body) so that fetch has written the request before that synchronous
 * work begins.
 */
async function startRequest<T>(request: Promise<T>): Promise<{ answer: Promise<T> }> {
  request.catch(() => undefined);
  await new Promise((resolve) => setTimeout(resolve, 1));
  return { answer: request }; // wrapped: an async function would otherwise wait for it
}

/**
 * The centre lost changes this laptop no longer holds (a centre restored from an older
 * backup, after retention removed the records here): resending cannot mend it, and trying
 * again would only repeat the refusal.
 */
function lostAtCentre(from: number, to: number): AppError {
  return new AppError(
    'CONFLICT',
    `The central service no longer has changes ${from}–${to} from this laptop, and this laptop no longer holds them (they were removed after the centre had them). ` +
      'Tell an administrator: the centre must be restored from a newer backup. Records recorded since are kept here and will be sent once that is done.',
  );
}

/**
 * How many batches may be at the centre at once. With two, the centre reads and checks the
 * next batch while PostgreSQL writes the one before (the device's row lock makes them take
 * turns there), so the app, the centre and the database all work at the same time.
 */
const BATCHES_IN_FLIGHT = 2;

interface InFlight {
  firstSeq: number;
  /** Sent while an earlier batch was still unanswered: it may reach the centre first. */
  behind: boolean;
  answer: Promise<PushAnswer>;
}

/**
 * Pushes every pending change, in batches, up to BATCHES_IN_FLIGHT at the centre at a time.
 * While batches are at the centre the next one is read and compressed, and it is sent before
 * the answer to the one before is stored: the app's work overlaps the centre's instead of
 * adding to it. Answers are stored in seq order. Safe because every batch is named before it
 * leaves: if the app stops before storing an answer, the next run resends those batches under
 * their names and the centre replays them; an answer never stored changes nothing here.
 * A push that does not get through (the network, a timeout) shrinks the batches and forgets
 * their names instead (adaptive-limit.ts): a batch too big for a slow link is not tried
 * whole forever, and what the centre had already processed comes back `duplicate`.
 *
 * A batch sent behind another can overtake it and be refused as a gap: it is simply sent
 * again, now first in line. Only a gap for the first batch in line says the centre really
 * has less than this device was told.
 */
async function pushPending(db: Db, api: CentralApi, deviceId: string, limit: AdaptiveLimit, onAnswer: (tally: PushTally) => void, onBatch: () => void): Promise<void> {
  const inFlight: InFlight[] = [];
  // The next batch starts after this seq (sent rows stay pending here until their answer is stored).
  let sentThrough = 0;
  const sendMore = async () => {
    while (inFlight.length < BATCHES_IN_FLIGHT) {
      const batch = nextBatch(db, deviceId, { afterSeq: sentThrough, maxChanges: limit.current() });
      if (!batch) return;
      const behind = inFlight.length > 0;
      inFlight.push({ firstSeq: batch.firstSeq, behind, answer: (await startRequest(api.push(batch.body))).answer });
      sentThrough = batch.lastSeq;
    }
  };
  await sendMore();
  for (let guard = 0; inFlight.length && guard < 10_000; guard++) {
    onBatch();
    const sent = inFlight.shift()!;
    const answer = await sent.answer.catch((error: unknown) => {
      if (didNotGetThrough(error)) {
        limit.failed();
        forgetUnansweredBatches(db);
      }
      throw error;
    });
    if (answer.kind === 'gap') {
      // The batches sent after this one are refused too, or answered and replayed when resent.
      await Promise.allSettled(inFlight.splice(0).map((f) => f.answer));
      sentThrough = sent.firstSeq - 1;
      if (!sent.behind) {
        // The centre has less than this device was told: resend from where it is.
        rewindAfter(db, answer.lastAppliedSeq);
        sentThrough = 0;
        const first = nextBatch(db, deviceId, { maxChanges: limit.current() });
        if (first && first.firstSeq > answer.lastAppliedSeq + 1) throw lostAtCentre(answer.lastAppliedSeq + 1, first.firstSeq - 1);
      }
      await sendMore();
      continue;
    }
    await sendMore();
    onAnswer(storePushAnswer(db, answer.response, new Date()));
    limit.answered();
    checkpointIfWalLarge(db);
  }
}

export function centralApiFor(db: Db, requestTimeoutMs?: number): CentralApi {
  const url = readSyncState(db, 'apiUrl');
  if (!url) throw new AppError('UNAVAILABLE', 'No central API address is set. Set it in Settings, then enrol this device.');
  return new CentralApi(url, readSyncState(db, 'deviceToken'), requestTimeoutMs);
}

export interface SyncOptions {
  /** The most changes in one push batch (default the protocol's maximum); it shrinks on a slow link. */
  maxBatchChanges?: number;
  /** How long one request may take, answer included (default CentralApi's). */
  requestTimeoutMs?: number;
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
  options: SyncOptions = {},
): Promise<SyncResult> {
  const api = centralApiFor(db, options.requestTimeoutMs);
  if (!readSyncState(db, 'deviceToken')) throw new AppError('FORBIDDEN', 'This device is not enrolled yet. Enrol it in Settings with the code from your administrator.');
  const result: SyncResult = { sent: 0, duplicates: 0, received: 0, conflicts: 0, rejected: 0, safeAtCentre: 0, resent: 0, finishedAt: '' };
  const toSend = countPending(db);
  // Progress counts what the centre now holds: changes it already had from a try whose answer was lost too.
  const delivered = () => result.sent + result.duplicates;

  const batchLimit = adaptiveLimit(db, 'pushBatchLimit', options.maxBatchChanges ?? MAX_BATCH_CHANGES, MIN_PUSH_BATCH_CHANGES);
  await pushPending(db, api, device.id, batchLimit, (tally) => {
    result.sent += tally.applied;
    result.duplicates += tally.duplicate;
    result.conflicts += tally.conflicts;
    result.rejected += tally.rejected;
  }, () => onProgress({ phase: 'push', sent: delivered(), toSend, received: 0 }));

  // The next page is asked for before this one is applied: the centre and the network work
  // while SQLite does. A page's cursor is stored only with its changes, so nothing is skipped.
  onProgress({ phase: 'pull', sent: delivered(), toSend, received: result.received });
  const pageLimit = adaptiveLimit(db, 'pullPageLimit', PULL_PAGE, MIN_PULL_PAGE);
  const pull = (cursor: string | null) =>
    api.pull(cursor, pageLimit.current()).then(
      (page) => (pageLimit.answered(), page),
      (error: unknown) => {
        if (didNotGetThrough(error)) pageLimit.failed();
        throw error;
      },
    );
  let page = await pull(readSyncState(db, 'pullCursor'));
  for (let guard = 0; guard < 100_000; guard++) {
    const next = page.hasMore ? (await startRequest(pull(page.cursor))).answer : null;
    const tally = applyPulledPage(db, page.changes, page.cursor);
    checkpointIfWalLarge(db);
    result.received += tally.received;
    if (!next) break;
    onProgress({ phase: 'pull', sent: delivered(), toSend, received: result.received });
    page = await next;
  }

  onProgress({ phase: 'receipt', sent: delivered(), toSend, received: result.received });
  for (const kind of allRecordKinds()) {
    const outcome = await proveHeldAtCentre((request) => api.receipt(request), device.id, kind, settledRecords(db, kind));
    result.safeAtCentre += outcome.proven;
    if (outcome.missingAtCentre.length) result.resent += requeueRecords(db, kind, outcome.missingAtCentre, officerId, new Date());
  }
  result.finishedAt = new Date().toISOString();
  onProgress({ phase: 'done', sent: delivered(), toSend, received: result.received });
  return result;
}
