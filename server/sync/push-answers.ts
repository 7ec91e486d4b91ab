import type { PushChange, PushResponse, PushResult } from '../../shared/sync';
import type { Queryable } from '../db/database';
import type { Decision } from './push-decide';
import { arrayOf, column } from './sql-columns';
import type { StoredConflict } from './push-write';

/** A stored answer for (device, batchId), if this batch was seen before. */
export async function findStoredAnswer(tx: Queryable, deviceId: string, batchId: string) {
  const [row] = await tx.query<{ request_hash: string; response: string }>(
    'SELECT request_hash, response FROM push_batches WHERE device_id = $1 AND batch_id = $2',
    [deviceId, batchId],
  );
  return row ? { requestHash: row.request_hash, responseText: row.response } : null;
}

export async function storeAnswer(tx: Queryable, deviceId: string, batchId: string, requestHash: string, responseText: string): Promise<void> {
  await tx.query('INSERT INTO push_batches (device_id, batch_id, request_hash, response) VALUES ($1, $2, $3, $4)', [deviceId, batchId, requestHash, responseText]);
}

type FirstAnswer = Extract<PushResult, { status: 'conflict' | 'rejected' }>;

/**
 * The first answers to these seqs that said more than "applied" (a conflict's copy, a
 * rejection's reasons), read from the answers stored with their batches.
 */
async function firstAnswers(tx: Queryable, deviceId: string, rows: readonly { seq: number; outcome: string; batch_id: string }[]): Promise<Map<number, FirstAnswer>> {
  const batchIds = [...new Set(rows.filter((r) => r.outcome !== 'applied').map((r) => r.batch_id))];
  if (!batchIds.length) return new Map();
  const stored = await tx.query<{ response: string }>(`SELECT response FROM push_batches WHERE device_id = $1 AND batch_id = ANY(${arrayOf(2, 'uuid')})`, [deviceId, column(batchIds)]);
  const answers = new Map<number, FirstAnswer>();
  for (const { response } of stored) {
    for (const result of (JSON.parse(response) as PushResponse).results) {
      if (result.status === 'conflict' || result.status === 'rejected') answers.set(result.seq, result);
    }
  }
  return answers;
}

/**
 * Answers for seqs the centre processed before: what happened the first time, and whether
 * the content is the same. A conflict or a rejection comes with its first answer whole, so a
 * device that resends under a new batch (a smaller one, on a slow link) loses nothing.
 */
export async function duplicateResults(tx: Queryable, deviceId: string, changes: readonly PushChange[]): Promise<PushResult[]> {
  if (!changes.length) return [];
  const rows = await tx.query<{ seq: number; outcome: 'applied' | 'conflict' | 'rejected'; version: number | null; content_hash: string; batch_id: string }>(
    'SELECT seq, outcome, version, content_hash, batch_id FROM device_changes WHERE device_id = $1 AND seq >= $2 AND seq <= $3',
    [deviceId, changes[0]!.seq, changes.at(-1)!.seq],
  );
  const bySeq = new Map(rows.map((r) => [r.seq, r]));
  const firsts = await firstAnswers(tx, deviceId, rows);
  return changes.map((change) => {
    const first = bySeq.get(change.seq);
    const answer = firsts.get(change.seq);
    return {
      seq: change.seq,
      status: 'duplicate',
      original: first?.outcome ?? null,
      version: first?.version ?? null,
      sameContent: first ? first.content_hash === change.contentHash : null,
      ...(answer ? { first: answer } : {}),
    };
  });
}

export function freshResults(decisions: readonly Decision[], conflicts: ReadonlyMap<number, StoredConflict>): PushResult[] {
  return decisions.map((d): PushResult => {
    switch (d.kind) {
      case 'apply':
      case 'unchanged':
        return d.change.recordedAtClamped
          ? { seq: d.change.seq, status: 'applied', version: d.version, recordedAtClamped: true }
          : { seq: d.change.seq, status: 'applied', version: d.version };
      case 'conflict': {
        const stored = conflicts.get(d.change.seq)!;
        return { seq: d.change.seq, status: 'conflict', ...stored };
      }
      case 'rejected':
        return { seq: d.seq, status: 'rejected', issues: d.issues };
    }
  });
}
