import { create } from 'zustand';
import { call } from '../../api/client';

interface SyncState {
  pending: number | null;
  refresh(): Promise<void>;
}

export const useSyncStore = create<SyncState>((set) => ({
  pending: null,
  async refresh() {
    try {
      const status = await call('sync.status');
      set({ pending: status.pending });
    } catch {
      set({ pending: null });
    }
  },
}));
