/**
 * The handler table: one function per method of shared/api.ts. Inputs arrive already
 * parsed by the contract's schema (see dispatch.ts); context comes from the host process.
 */
import type { Method, Output, ParsedInput } from '../../shared/api';
import type { Engine } from './engine';
import type { RequestContext } from './records/context';
import { createInterception, getInterception, listInterceptions } from './records/interceptions';
import { countPending } from './sync/outbox';
import { SCHEMA_VERSION } from './db/migrations';

export type Handler<M extends Method> = (input: ParsedInput<M>, ctx: RequestContext) => Output<M> | Promise<Output<M>>;
export type HandlerTable = { [M in Method]: Handler<M> };

export function createHandlers(engine: Engine): HandlerTable {
  const { db, device } = engine;
  return {
    'app.info': (_input, ctx) => ({
      appVersion: engine.appVersion,
      schemaVersion: SCHEMA_VERSION,
      deviceCode: device.code,
      officer: ctx.officer,
      site: ctx.site,
    }),
    'interceptions.create': (input, ctx) => {
      const record = createInterception(db, device, ctx, input);
      engine.checkpointer.noteWrite();
      return record;
    },
    'interceptions.get': (input) => getInterception(db, input.id),
    'interceptions.list': (input) => listInterceptions(db, input),
    'sync.status': () => ({ pending: countPending(db) }),
  };
}
