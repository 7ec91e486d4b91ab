import type { Engine } from '../../electron/core/engine';
import type { SessionOfficer } from '../../shared/domain/session';
import { TEST_OFFICER, TEST_SUPERVISOR } from './officers';

/** The engine's session as if `who` had just signed in (tests of other things than sign-in). */
export function signInDirectly(engine: Engine, who: 'officer' | 'supervisor' = 'supervisor'): SessionOfficer {
  const o = who === 'supervisor' ? TEST_SUPERVISOR : TEST_OFFICER;
  const officer: SessionOfficer = { id: o.id, name: o.name, role: o.role, username: o.username };
  engine.session.begin(officer, 'offline', engine.clock(), null);
  return officer;
}
