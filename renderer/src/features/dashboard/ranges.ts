import { addDays, firstOfMonth, lastOfMonth, mondayOf, ukToday } from './uk-days';

export interface DayRange {
  from: string;
  to: string;
}

export const PRESETS = [
  { kind: 'today', label: 'Today' },
  // A night shift crosses midnight: tonight's boats are on two UK days.
  { kind: 'sinceYesterday', label: 'Since yesterday' },
  { kind: 'thisWeek', label: 'This week' },
  { kind: 'last7Days', label: 'Last 7 days' },
  { kind: 'thisMonth', label: 'This month' },
] as const;

export type PresetKind = (typeof PRESETS)[number]['kind'];
export type RangeKind = PresetKind | 'custom';

/** The UK days a preset covers, worked out from today (so a screen left open over midnight moves on). */
export function presetRange(kind: PresetKind, today = ukToday()): DayRange {
  switch (kind) {
    case 'today':
      return { from: today, to: today };
    case 'sinceYesterday':
      return { from: addDays(today, -1), to: today };
    case 'thisWeek':
      return { from: mondayOf(today), to: addDays(mondayOf(today), 6) };
    case 'last7Days':
      return { from: addDays(today, -6), to: today };
    case 'thisMonth':
      return { from: firstOfMonth(today), to: lastOfMonth(today) };
  }
}
