import { create } from 'zustand';
import { DashboardQuery, type DashboardSummary } from '../../../../shared/domain/dashboard';
import { AppError, type FieldIssue } from '../../../../shared/domain/errors';
import { toFieldIssues } from '../../../../shared/domain/validation';
import { call } from '../../api/client';
import { presetRange, type DayRange, type PresetKind, type RangeKind } from './ranges';

interface DashboardState {
  kind: RangeKind;
  range: DayRange;
  summary: DashboardSummary | null;
  loading: boolean;
  error: string | null;
  /** Problems with custom dates, by field (`from`, `to`), shown beside the date inputs. */
  issues: FieldIssue[];
  choosePreset(kind: PresetKind): Promise<void>;
  chooseCustom(range: DayRange): Promise<void>;
  /** Shows the custom-date inputs, starting from the range on screen. */
  startCustom(): void;
  /** Loads the current choice again (presets are recomputed from today). */
  refresh(): Promise<void>;
}

/** Only the answer to the latest request is shown, however the answers arrive. */
let latestRequest = 0;

export const useDashboardStore = create<DashboardState>((set, get) => {
  async function load(kind: RangeKind, range: DayRange) {
    const checked = DashboardQuery.safeParse(range);
    if (!checked.success) {
      set({ kind, issues: toFieldIssues(checked.error), error: null });
      return;
    }
    const request = ++latestRequest;
    set({ kind, range, loading: true, error: null, issues: [] });
    try {
      const summary = await call('dashboard.summary', checked.data);
      if (request === latestRequest) set({ summary, loading: false });
    } catch (error) {
      if (request !== latestRequest) return;
      const issues = error instanceof AppError ? error.issues : [];
      set({ loading: false, issues, error: issues.length ? null : error instanceof Error ? error.message : 'Could not load the figures' });
    }
  }

  return {
    kind: 'last7Days',
    range: presetRange('last7Days'),
    summary: null,
    loading: false,
    error: null,
    issues: [],
    choosePreset: (kind) => load(kind, presetRange(kind)),
    chooseCustom: (range) => load('custom', range),
    startCustom: () => set({ kind: 'custom', issues: [] }),
    refresh: () => {
      const { kind, range } = get();
      return load(kind, kind === 'custom' ? range : presetRange(kind));
    },
  };
});
