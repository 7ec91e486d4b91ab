import type { Role } from '../../../shared/domain/roles';

/** The officer acting: who signed in on this device, with their role. */
export interface ActingOfficer {
  id: string;
  name: string;
  role: Role;
}

/**
 * Who is acting, held by the process that owns the engine (Electron main, or the
 * browser-mode server) and built from the officer session, never taken from what the
 * renderer sends.
 */
export interface RequestContext {
  officer: ActingOfficer;
  site: string;
  now(): Date;
}

/**
 * What a call carries before the session is checked: there may be nobody signed in, or the
 * session may be locked. Only the open methods (shared/domain/session.ts) run without an officer.
 */
export interface CallContext {
  officer: ActingOfficer | null;
  site: string;
  now(): Date;
  /** Why there is no officer, for the refusal's wording. */
  withoutOfficer?: 'signed_out' | 'locked';
  /** Further methods open without an officer for this call (setting up a device not yet enrolled). */
  alsoOpen?: ReadonlySet<string>;
}
