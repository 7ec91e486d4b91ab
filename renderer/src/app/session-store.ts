import { create } from 'zustand';
import type { Input, Output } from '../../../shared/api';
import { refusalFor } from '../../../shared/domain/role-refusals';
import type { SessionStatus } from '../../../shared/domain/session';
import { call, whenRefused } from '../api/client';
import { keepFormDraftsNow } from '../ui/forms/use-form-draft';

interface SessionState {
  info: Output<'app.info'> | null;
  status: SessionStatus | null;
  error: string | null;
  /** The officer chose "Switch officer": the sign-in form asks for a username, not only a password. */
  switching: boolean;
  load(): Promise<void>;
  refresh(): Promise<void>;
  signIn(input: Input<'session.signIn'>): Promise<void>;
  unlock(input: Input<'session.unlock'>): Promise<void>;
  lock(): Promise<void>;
  switchOfficer(): Promise<void>;
  signOut(): Promise<void>;
  touch(): Promise<void>;
  setIdleLock(minutes: number): Promise<void>;
}

/** The officer this page last worked for: screens keep state (filters, scroll) in module stores. */
let pageOfficerId: string | null = null;

/** Who is signed in on this device (the engine's session), and the device's identity. */
export const useSessionStore = create<SessionState>((set, get) => {
  const apply = async (status: SessionStatus) => {
    if (status.state === 'signed_in' && status.officer) {
      // Another officer: start from a freshly loaded page, so nothing the previous officer
      // searched for or opened survives in memory. The session is the engine's, so it stays.
      if (pageOfficerId !== null && pageOfficerId !== status.officer.id) {
        window.location.reload();
        return;
      }
      pageOfficerId = status.officer.id;
    }
    set({ status, info: await call('app.info'), error: null, ...(status.state === 'signed_in' ? { switching: false } : {}) });
  };
  return {
    info: null,
    status: null,
    error: null,
    switching: false,
    async load() {
      whenRefused(() => void get().refresh());
      try {
        await apply(await call('session.status'));
      } catch (error) {
        set({ error: error instanceof Error ? error.message : 'The app could not start' });
      }
    },
    async refresh() {
      try {
        await apply(await call('session.status'));
      } catch {
        // The next call will say what is wrong.
      }
    },
    async signIn(input) {
      await apply(await call('session.signIn', input));
    },
    async unlock(input) {
      await apply(await call('session.unlock', input));
    },
    // What was typed a moment ago is kept before the session closes to this page.
    async lock() {
      await keepFormDraftsNow();
      await apply(await call('session.lock'));
    },
    async switchOfficer() {
      await keepFormDraftsNow();
      set({ switching: true });
      await apply(await call('session.lock'));
    },
    async signOut() {
      await keepFormDraftsNow();
      set({ switching: false });
      await apply(await call('session.signOut'));
    },
    async touch() {
      try {
        const status = await call('session.touch');
        set({ status });
      } catch {
        await get().refresh();
      }
    },
    async setIdleLock(minutes) {
      set({ status: await call('session.setIdleLock', { minutes }) });
    },
  };
});

/**
 * Why the signed-in officer may not do `method` (null when they may), from the shared role
 * rules (shared/domain/roles.ts), in the same words the engine would refuse with.
 */
export function useRefusal(method: string, input?: unknown): string | null {
  const role = useSessionStore((s) => (s.status?.state === 'signed_in' ? (s.status.officer?.role ?? null) : null));
  return refusalFor(role, method, input);
}
