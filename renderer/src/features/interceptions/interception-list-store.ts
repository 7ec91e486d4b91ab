import { create } from 'zustand';
import type { InterceptionSummary } from '../../../../shared/domain/interception';
import { AppError } from '../../../../shared/domain/errors';
import { call } from '../../api/client';

interface InterceptionListState {
  items: InterceptionSummary[];
  next: string | null;
  loading: boolean;
  error: string | null;
  /** What was wrong with the reference typed, said beside the box. */
  referenceError: string | null;
  reference: string;
  setReference(reference: string): void;
  load(): Promise<void>;
  loadMore(): Promise<void>;
}

const PAGE = 100;

export const useInterceptionListStore = create<InterceptionListState>((set, get) => ({
  items: [],
  next: null,
  loading: false,
  error: null,
  referenceError: null,
  reference: '',
  setReference: (reference) => set({ reference }),
  async load() {
    set({ loading: true, error: null, referenceError: null });
    try {
      const reference = get().reference.trim();
      const page = await call('interceptions.list', { limit: PAGE, after: null, ...(reference ? { reference } : {}) });
      set({ items: page.items, next: page.next, loading: false });
    } catch (error) {
      const aboutReference = error instanceof AppError ? error.issues.find((i) => i.path === 'reference') : undefined;
      if (aboutReference) set({ loading: false, referenceError: aboutReference.message });
      else set({ loading: false, error: error instanceof Error ? error.message : 'Could not load interceptions' });
    }
  },
  async loadMore() {
    const { next, items, reference } = get();
    if (!next) return;
    set({ loading: true });
    try {
      const page = await call('interceptions.list', { limit: PAGE, after: next, ...(reference.trim() ? { reference: reference.trim() } : {}) });
      set({ items: [...items, ...page.items], next: page.next, loading: false });
    } catch (error) {
      set({ loading: false, error: error instanceof Error ? error.message : 'Could not load interceptions' });
    }
  },
}));
