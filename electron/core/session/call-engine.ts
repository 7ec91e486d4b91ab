import type { Method } from '../../../shared/api';
import type { Result } from '../../../shared/domain/errors';
import { PASSIVE_METHODS } from '../../../shared/domain/session';
import { dispatch } from '../dispatch';
import type { Engine } from '../engine';
import type { CallContext } from '../records/context';
import { readSyncState } from '../sync/sync-state';
import { deviceSite } from './device-site';

/**
 * Before any officer can be signed in, a device that is not yet enrolled may be pointed at
 * the centre and enrolled (the administrator's one-time code is the authority), so that
 * officers can then sign in online. Once enrolled, these are a supervisor's again.
 */
const SETUP_METHODS: ReadonlySet<Method> = new Set<Method>(['sync.status', 'sync.configure', 'sync.enrol']);

/**
 * What every transport (IPC, browser mode's HTTP) calls: the acting officer comes from the
 * engine's own session, the idle time is enforced here (an expired session is locked before
 * the call is looked at), and any call an officer made (not a timer's poll) counts as activity.
 */
export function callEngine(engine: Engine, method: string, input: unknown): Promise<Result<unknown>> {
  const now = engine.clock();
  const { session } = engine;
  if (!PASSIVE_METHODS.has(method)) session.touch(now);
  const officer = session.officer(now);
  const ctx: CallContext = {
    officer: officer ? { id: officer.id, name: officer.name, role: officer.role } : null,
    site: deviceSite(engine.db),
    now: engine.clock,
  };
  if (!officer) {
    ctx.withoutOfficer = session.lockedOfficer(now) ? 'locked' : 'signed_out';
    if (ctx.withoutOfficer === 'signed_out' && readSyncState(engine.db, 'deviceToken') === null) ctx.alsoOpen = SETUP_METHODS;
  }
  return dispatch(engine.handlers, method, input, ctx);
}
