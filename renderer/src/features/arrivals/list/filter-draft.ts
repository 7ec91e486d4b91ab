import { ArrivalFilter } from '../../../../../shared/domain/arrival-query';
import { toFieldIssues } from '../../../../../shared/domain/validation';

/** The filter bar as typed; '' means "any". */
export interface FilterDraft {
  from: string;
  to: string;
  site: string;
  nationality: string;
  vulnerable: '' | 'yes' | 'no';
  status: string;
  search: string;
}

export type FilterErrors = Partial<Record<keyof FilterDraft, string>>;

export const EMPTY_FILTER: FilterDraft = { from: '', to: '', site: '', nationality: '', vulnerable: '', status: '', search: '' };

/** The draft checked by the same schema the engine uses: either a filter to query, or messages per field. */
export function parseFilterDraft(d: FilterDraft): { filter: ArrivalFilter; errors: null } | { filter: null; errors: FilterErrors } {
  const result = ArrivalFilter.safeParse({
    from: d.from || null,
    to: d.to || null,
    site: d.site || null,
    nationality: d.nationality || null,
    vulnerable: d.vulnerable === '' ? null : d.vulnerable === 'yes',
    status: d.status || null,
    search: d.search,
  });
  if (result.success) return { filter: result.data, errors: null };
  const errors: FilterErrors = {};
  for (const issue of toFieldIssues(result.error)) errors[issue.path as keyof FilterDraft] ??= issue.message;
  return { filter: null, errors };
}
