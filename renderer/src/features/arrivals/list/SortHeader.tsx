import type { ListQuery } from './arrival-list-store';
import type { Column } from './columns';

interface SortHeaderProps {
  column: Column;
  query: ListQuery;
  /** A name search comes back most recently recorded first: sorting does not apply. */
  searching: boolean;
  onSort(column: NonNullable<Column['sort']>): void;
}

/** A column title; where the engine can sort by it, a button that says which way it sorts. */
export function SortHeader({ column, query, searching, onSort }: SortHeaderProps) {
  const sorted = !searching && column.sort !== undefined && query.sort === column.sort;
  const ariaSort = sorted ? (query.direction === 'asc' ? 'ascending' : 'descending') : column.sort && !searching ? 'none' : undefined;
  return (
    <div role="columnheader" aria-sort={ariaSort}>
      {column.sort && !searching ? (
        <button type="button" className="sort-button" onClick={() => onSort(column.sort!)}>
          {column.label}
          <span aria-hidden="true" className="sort-button__arrow">
            {sorted ? (query.direction === 'asc' ? '▲' : '▼') : '↕'}
          </span>
        </button>
      ) : (
        column.label
      )}
    </div>
  );
}
