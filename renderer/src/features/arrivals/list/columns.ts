import type { ArrivalSort } from './arrival-list-store';

export interface Column {
  label: string;
  /** Set when the engine can sort by this column. */
  sort?: ArrivalSort;
}

/** One list of columns for the header and every row, so they cannot drift apart. */
export const COLUMNS: readonly Column[] = [
  { label: 'Reference' },
  { label: 'Name', sort: 'familyName' },
  { label: 'Born' },
  { label: 'Sex' },
  { label: 'Nationality', sort: 'nationality' },
  { label: 'Arrived (UK time)', sort: 'arrivedAt' },
  { label: 'Site' },
  { label: 'Status' },
  { label: 'Needs' },
];
