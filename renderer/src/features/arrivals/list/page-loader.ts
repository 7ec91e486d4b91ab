import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { call } from '../../../api/client';
import type { ListQuery } from './arrival-list-store';

export const PAGE_SIZE = 100;
/** About 40,000 rows kept in memory; beyond that the oldest pages are fetched again if needed. */
const MAX_CACHED_PAGES = 400;

const inFlight = new Set<string>();

/** The page numbers covering rows first..last (inclusive). */
export function pagesBetween(first: number, last: number): number[] {
  const pages: number[] = [];
  for (let p = Math.floor(Math.max(0, first) / PAGE_SIZE); p <= Math.floor(Math.max(0, last) / PAGE_SIZE); p++) pages.push(p);
  return pages;
}

/**
 * Loads one page by offset, once per generation however often it is asked for. Returns an
 * updater that adds the page to a cache (dropping the oldest beyond the limit), or null if
 * the same page is already on its way.
 */
export async function loadPage(query: ListQuery, page: number, generation: number) {
  const key = `${generation}:${page}`;
  if (inFlight.has(key)) return null;
  inFlight.add(key);
  try {
    const result = await call('arrivals.list', { ...query, offset: page * PAGE_SIZE, limit: PAGE_SIZE, withTotal: page === 0 });
    return {
      total: result.total,
      totalIsExact: result.totalIsExact,
      pages(cache: ReadonlyMap<number, ArrivalSummary[]>): ReadonlyMap<number, ArrivalSummary[]> {
        const next = new Map(cache);
        next.set(page, result.items);
        for (const oldest of next.keys()) {
          if (next.size <= MAX_CACHED_PAGES) break;
          next.delete(oldest);
        }
        return next;
      },
    };
  } finally {
    inFlight.delete(key);
  }
}
