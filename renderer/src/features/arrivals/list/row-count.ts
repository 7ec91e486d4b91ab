import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { PAGE_SIZE } from './page-loader';

/**
 * How many rows the scroller holds. The engine stops counting at 100,000; past that, a
 * full page at the end means more may follow, so one more (placeholder) row is offered,
 * and scrolling onto it loads the next page.
 */
export function rowCountOf(total: number | null, totalIsExact: boolean, pages: ReadonlyMap<number, ArrivalSummary[]>): number {
  if (total === null) return 0;
  if (totalIsExact) return total;
  let known = total;
  for (const [page, items] of pages) {
    const end = page * PAGE_SIZE + items.length;
    known = Math.max(known, items.length === PAGE_SIZE ? end + 1 : end);
  }
  return known;
}

export function rowAt(pages: ReadonlyMap<number, ArrivalSummary[]>, index: number): ArrivalSummary | undefined {
  return pages.get(Math.floor(index / PAGE_SIZE))?.[index % PAGE_SIZE];
}

/** "100,000+" when the engine stopped counting. */
export function formatTotal(total: number, totalIsExact: boolean): string {
  return `${total.toLocaleString('en-GB')}${totalIsExact ? '' : '+'}`;
}
