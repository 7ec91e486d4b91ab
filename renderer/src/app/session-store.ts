import { create } from 'zustand';
import type { Output } from '../../../shared/api';
import { call } from '../api/client';

interface SessionState {
  info: Output<'app.info'> | null;
  error: string | null;
  load(): Promise<void>;
}

/** Who is signed in on this device, and the device's identity. */
export const useSessionStore = create<SessionState>((set) => ({
  info: null,
  error: null,
  async load() {
    try {
      set({ info: await call('app.info'), error: null });
    } catch (error) {
      set({ error: error instanceof Error ? error.message : 'The app could not start' });
    }
  },
}));
