import { create } from 'zustand';
import type { ArrivalFilter, ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { EMPTY_FILTER, parseFilterDraft, type FilterDraft, type FilterErrors } from './filter-draft';
import { loadPage, PAGE_SIZE, pagesBetween } from './page-loader';

export type ArrivalSort = 'arrivedAt' | 'familyName' | 'nationality';
export interface ListQuery {
  filter: ArrivalFilter;
  sort: ArrivalSort;
  direction: 'asc' | 'desc';
}

interface ArrivalListState {
  draft: FilterDraft;
  filterErrors: FilterErrors;
  query: ListQuery;
  /** Bumped whenever the rows change meaning (new filter, new sort, fresh data): old answers are dropped. */
  generation: number;
  pages: ReadonlyMap<number, ArrivalSummary[]>;
  total: number | null;
  totalIsExact: boolean;
  error: string | null;
  /** Where the officer was, so coming back from a person lands on the same rows. */
  scrollOffset: number;
  activeIndex: number;
  /** The list was left for a person's screen (or another) with a row current: coming back, that row takes the keyboard again. */
  leftFromRow: boolean;
  setDraft(patch: Partial<FilterDraft>, debounceMs?: number): void;
  sortBy(column: ArrivalSort): void;
  showRows(first: number, last: number): void;
  refresh(): void;
  remember(scrollOffset: number, activeIndex: number, fromRow: boolean): void;
}

/** Newest first for times; A→Z for names and nationalities. */
const FIRST_DIRECTION: Record<ArrivalSort, 'asc' | 'desc'> = { arrivedAt: 'desc', familyName: 'asc', nationality: 'asc' };

let applyTimer: ReturnType<typeof setTimeout> | undefined;
let loadTimer: ReturnType<typeof setTimeout> | undefined;

export const useArrivalListStore = create<ArrivalListState>((set, get) => {
  /** Start again from the first row: the old pages describe another list. */
  const restart = (query: ListQuery) =>
    set((s) => ({ query, generation: s.generation + 1, pages: new Map(), total: null, error: null, scrollOffset: 0, activeIndex: 0, leftFromRow: false }));

  function applyDraft() {
    const parsed = parseFilterDraft(get().draft);
    if (!parsed.filter) return set({ filterErrors: parsed.errors });
    set({ filterErrors: {} });
    if (JSON.stringify(parsed.filter) !== JSON.stringify(get().query.filter)) restart({ ...get().query, filter: parsed.filter });
  }

  async function fetchPage(page: number) {
    const { query, generation } = get();
    try {
      const result = await loadPage(query, page, generation);
      if (!result || get().generation !== generation) return;
      set((s) =>
        result.total === null
          ? { pages: result.pages(s.pages), error: null }
          : { pages: result.pages(s.pages), total: result.total, totalIsExact: result.totalIsExact, error: null },
      );
    } catch (error) {
      if (get().generation === generation) set({ error: error instanceof Error ? error.message : 'Could not load people' });
    }
  }

  return {
    draft: EMPTY_FILTER,
    filterErrors: {},
    query: { filter: parseFilterDraft(EMPTY_FILTER).filter!, sort: 'arrivedAt', direction: 'desc' },
    generation: 0,
    pages: new Map(),
    total: null,
    totalIsExact: true,
    error: null,
    scrollOffset: 0,
    activeIndex: 0,
    leftFromRow: false,
    setDraft(patch, debounceMs = 0) {
      set((s) => ({ draft: { ...s.draft, ...patch } }));
      clearTimeout(applyTimer);
      if (debounceMs > 0) applyTimer = setTimeout(applyDraft, debounceMs);
      else applyDraft();
    },
    sortBy(column) {
      const { query } = get();
      const direction = query.sort === column ? (query.direction === 'asc' ? 'desc' : 'asc') : FIRST_DIRECTION[column];
      restart({ ...query, sort: column, direction });
    },
    showRows(first, last) {
      // Wait for scrolling to settle: dragging past 50,000 rows must not ask for 500 pages.
      clearTimeout(loadTimer);
      loadTimer = setTimeout(() => {
        for (const page of pagesBetween(first, last)) if (!get().pages.has(page)) void fetchPage(page);
      }, 60);
    },
    refresh() {
      set((s) => ({ generation: s.generation + 1, pages: new Map(), error: null }));
      get().showRows(Math.max(0, get().activeIndex - PAGE_SIZE), get().activeIndex + PAGE_SIZE);
    },
    remember(scrollOffset, activeIndex, fromRow) {
      set({ scrollOffset, activeIndex, leftFromRow: fromRow });
    },
  };
});
