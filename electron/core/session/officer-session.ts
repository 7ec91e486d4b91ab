import type { SessionOfficer, SessionStatus } from '../../../shared/domain/session';

export type SignedInVia = 'online' | 'offline';

/** An expiring officer token from the centre, if it sent one: memory only, never on disk. */
export interface OfficerToken {
  token: string;
  expiresAt: string;
}

interface Held {
  officer: SessionOfficer;
  via: SignedInVia;
  signedInAt: string;
  lastActivity: number;
  locked: boolean;
  token: OfficerToken | null;
}

/**
 * The device's one officer session, held by the engine in memory (one officer at a time, as
 * on a shared laptop): signed out, signed in, or locked. The engine enforces the idle time
 * itself: a session with no activity for longer than the idle lock is locked when next
 * looked at, whatever a (possibly stale) renderer believes.
 */
export class OfficerSession {
  private held: Held | null = null;

  constructor(private readonly idleLockMinutes: () => number) {}

  begin(officer: SessionOfficer, via: SignedInVia, now: Date, token: OfficerToken | null): void {
    this.held = { officer, via, signedInAt: now.toISOString(), lastActivity: now.getTime(), locked: false, token };
  }

  /** Locks the session if its idle time has passed; then says whether it is open. */
  isOpen(now: Date): boolean {
    const held = this.held;
    if (!held || held.locked) return false;
    if (now.getTime() - held.lastActivity > this.idleLockMinutes() * 60_000) {
      this.lock();
      return false;
    }
    return true;
  }

  /** Activity by the officer: keeps an open session from locking. */
  touch(now: Date): void {
    if (this.held && this.isOpen(now)) this.held.lastActivity = now.getTime();
  }

  /** Locks: the officer stays known (to unlock with their password) but nothing can be done. */
  lock(): void {
    if (!this.held) return;
    this.held.locked = true;
    // A token is for an officer at work; a locked session gets a new one when it is unlocked.
    this.held.token = null;
  }

  signOut(): void {
    this.held = null;
  }

  /** The signed-in officer, or null when signed out or locked. */
  officer(now: Date): SessionOfficer | null {
    return this.isOpen(now) ? this.held!.officer : null;
  }

  /** The officer whose session is locked, for unlocking with their password. */
  lockedOfficer(now: Date): SessionOfficer | null {
    this.isOpen(now);
    return this.held?.locked ? this.held.officer : null;
  }

  /** The centre's officer token for later calls, while the session is open and the token unexpired. */
  officerToken(now: Date): string | null {
    const token = this.isOpen(now) ? this.held!.token : null;
    return token && Date.parse(token.expiresAt) > now.getTime() ? token.token : null;
  }

  status(now: Date): SessionStatus {
    const open = this.isOpen(now);
    const held = this.held;
    const idleLockMinutes = this.idleLockMinutes();
    return {
      state: !held ? 'signed_out' : open ? 'signed_in' : 'locked',
      officer: held?.officer ?? null,
      via: held?.via ?? null,
      signedInAt: held?.signedInAt ?? null,
      idleLockMinutes,
      locksAt: open ? new Date(held!.lastActivity + idleLockMinutes * 60_000).toISOString() : null,
    };
  }
}
