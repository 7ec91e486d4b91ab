import type { FastifyInstance } from 'fastify';
import { MAX_BATCH_BYTES, PullQuery, PushRequest, ReceiptRequest } from '../../shared/sync';
import type { ServerContext } from '../context';
import { deviceOf, requireDeviceToken, requireSameDevice } from '../devices/authenticate';
import { bodyHashOf, hashJsonBodies } from '../http/body-hash';
import { parseInput } from '../http/parse';
import { pull } from '../sync/pull';
import { chainStatus } from '../sync/push-chain';
import { push } from '../sync/push';
import { receipt } from '../sync/receipt';

const RECEIPT_BODY_LIMIT = 256 * 1024;

export function syncRoutes(app: FastifyInstance, ctx: ServerContext): void {
  const onRequest = requireDeviceToken(ctx.db);

  // In a scope of its own: only a push needs the hash of its body (to recognise a resent batch).
  void app.register(async (scope) => {
    hashJsonBodies(scope);
    scope.post('/v1/sync/push', { bodyLimit: MAX_BATCH_BYTES, onRequest }, async (request, reply) => {
      const device = deviceOf(request);
      const batch = parseInput(PushRequest, request.body, 'push batch');
      requireSameDevice(device, batch.deviceId);
      const hold = ctx.beforePushCommit;
      const outcome = await push(ctx.db, device.id, batch, { now: ctx.now(), requestHash: bodyHashOf(request), beforeCommit: hold && (() => hold(device.id)) });
      if (outcome.kind === 'gap') {
        request.log.info({ deviceId: device.id, firstSeq: batch.firstSeq, lastAppliedSeq: outcome.body.lastAppliedSeq }, 'push refused: sequence gap');
        return reply.status(409).send(outcome.body);
      }
      request.log.info({ deviceId: device.id, batchId: batch.batchId, firstSeq: batch.firstSeq, lastSeq: batch.lastSeq, replayed: outcome.replayed, ...outcome.stats }, 'push');
      if (outcome.stats.clamped) request.log.warn({ deviceId: device.id, changes: outcome.stats.clamped }, 'device clock ahead: recordedAt clamped');
      if (outcome.stats.chainBreaks) {
        // Seqs and counts only: which entries, never what they hold.
        const seqs = (JSON.parse(outcome.responseText) as { chainBreaks?: { seq: number }[] }).chainBreaks?.map((b) => b.seq).slice(0, 20);
        request.log.warn({ deviceId: device.id, batchId: batch.batchId, breaks: outcome.stats.chainBreaks, seqs }, 'audit chain break');
      }
      return reply.header('content-type', 'application/json; charset=utf-8').header('x-sync-replayed', String(outcome.replayed)).send(outcome.responseText);
    });
  });

  app.get('/v1/sync/pull', { onRequest }, async (request, reply) => {
    const device = deviceOf(request);
    const query = parseInput(PullQuery, request.query, 'pull query');
    const page = await pull(ctx.db, query);
    request.log.info({ deviceId: device.id, changes: page.changes, hasMore: page.hasMore }, 'pull');
    return reply.header('content-type', 'application/json; charset=utf-8').send(page.json);
  });

  // The centre's verdict on the calling device's audit chain: where it holds it from, how far, and the breaks found.
  app.get('/v1/sync/chain', { onRequest }, async (request) => {
    const device = deviceOf(request);
    return chainStatus(ctx.db, device.id);
  });

  app.post('/v1/sync/receipt', { bodyLimit: RECEIPT_BODY_LIMIT, onRequest }, async (request) => {
    const device = deviceOf(request);
    const body = parseInput(ReceiptRequest, request.body, 'receipt');
    requireSameDevice(device, body.deviceId);
    const answer = await receipt(ctx.db, body);
    const differing = answer.ranges.filter((r) => r.status === 'differs').length;
    request.log.info({ deviceId: device.id, ranges: answer.ranges.length, differing }, 'receipt');
    return answer;
  });
}
