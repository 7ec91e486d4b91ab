import { create } from 'zustand';
import type { Output } from '../../../../shared/api';
import { call } from '../../api/client';

type Status = Output<'sync.status'>;
type Result = Output<'sync.run'>;

interface SyncState {
  status: Status | null;
  /** Shorthand the status bar and forms use. */
  pending: number | null;
  /** A sync is under way: the button's, or one the app started by itself. */
  running: boolean;
  /** The Sync button's run is awaited (a background sync is seen only through the status). */
  pressed: boolean;
  /** The Sync button's last answer, and when it came (Date.now()). */
  lastRun: { result: Result | null; error: string | null; at: number } | null;
  refresh(): Promise<void>;
  runNow(): Promise<void>;
}

/** Sync as the officer sees it: pending count, the centre reachable or not, the last result. */
export const useSyncStore = create<SyncState>((set, get) => ({
  status: null,
  pending: null,
  running: false,
  pressed: false,
  lastRun: null,
  async refresh() {
    try {
      const status = await call('sync.status');
      set({ status, pending: status.pending, running: get().pressed || status.activity === 'syncing' });
    } catch {
      set({ status: null, pending: null });
    }
  },
  async runNow() {
    set({ running: true, pressed: true });
    const poll = setInterval(() => void get().refresh(), 500);
    try {
      const result = await call('sync.run');
      set({ lastRun: { result, error: null, at: Date.now() } });
    } catch (error) {
      set({ lastRun: { result: null, error: error instanceof Error ? error.message : 'Sync failed', at: Date.now() } });
    } finally {
      clearInterval(poll);
      set({ running: false, pressed: false });
      await get().refresh();
    }
  },
}));
