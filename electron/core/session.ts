import type { Engine } from './engine';
import type { RequestContext } from './records/context';
import { stmt } from './db/statements';

/**
 * The acting officer and default site for this run. Until officer sign-in exists, it
 * comes from the device's settings, with a clearly generic default.
 */
export function loadSessionContext(engine: Engine): RequestContext {
  const setting = (key: string) =>
    (stmt(engine.db, 'SELECT value FROM settings WHERE key = ?').get(key) as { value: string } | undefined)?.value;
  return {
    officer: { id: setting('officer.id') ?? 'duty-officer', name: setting('officer.name') ?? 'Duty officer' },
    site: setting('site') ?? 'WJF',
    now: () => new Date(),
  };
}
