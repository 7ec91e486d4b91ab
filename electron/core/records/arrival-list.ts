import type { ArrivalFilter, ArrivalSummary } from '../../../shared/domain/arrival-query';
import type { ParsedInput } from '../../../shared/api';
import { ukDayEndUtc, ukDayStartUtc } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const SORT_COLUMNS = { arrivedAt: 'a.arrived_at', familyName: 'a.family_name', nationality: 'a.nationality' } as const;

const REFERENCE = /^[A-Z]{3}-[0-9A-Z]{1,5}(-\d*)?$/;

/** FTS5 query: every word a prefix, all required; quotes stop user text being read as syntax. */
export function nameMatchQuery(search: string): string | null {
  const words = search.normalize('NFKC').split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  return words.length ? words.map((w) => `"${w}"*`).join(' ') : null;
}

/** The WHERE clause and parameters for a filter; the same for the list, the count and the CSV export. */
export function arrivalWhere(filter: ArrivalFilter): { where: string; params: Record<string, unknown> } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.from) {
    clauses.push('a.arrived_at >= @from');
    params.from = ukDayStartUtc(filter.from);
  }
  if (filter.to) {
    clauses.push("a.arrived_at < @to AND a.arrived_at <> ''");
    params.to = ukDayEndUtc(filter.to);
  }
  for (const [key, column] of [['site', 'a.site'], ['nationality', 'a.nationality'], ['status', 'a.status'], ['interceptionId', 'a.interception_id']] as const) {
    if (filter[key] !== null) {
      clauses.push(`${column} = @${key}`);
      params[key] = filter[key];
    }
  }
  if (filter.vulnerable !== null) clauses.push(filter.vulnerable ? 'a.vulnerable' : 'NOT a.vulnerable');
  const search = filter.search.toUpperCase();
  if (search) {
    const alternatives: string[] = [];
    const match = nameMatchQuery(filter.search);
    if (match) {
      alternatives.push('a.seq IN (SELECT rowid FROM arrival_names WHERE arrival_names MATCH @match)');
      params.match = match;
    }
    const compact = search.replace(/\s+/g, '');
    alternatives.push("a.seq IN (SELECT arrival_seq FROM arrival_documents WHERE number >= @doc AND number < @doc || '~')");
    params.doc = compact;
    if (REFERENCE.test(compact)) {
      alternatives.push("a.reference >= @doc AND a.reference < @doc || '~'");
    }
    clauses.push(`(${alternatives.join(' OR ')})`);
  }
  return { where: clauses.length ? `WHERE ${clauses.join(' AND ')}` : '', params };
}

export const SUMMARY_COLUMNS = `a.id, a.reference, a.status, a.data ->> '$.familyName' AS familyName, a.data ->> '$.givenNames' AS givenNames,
  a.data ->> '$.dateOfBirth' AS dateOfBirth, a.data ->> '$.sex' AS sex, a.nationality, nullif(a.arrived_at, '') AS arrivedAt, a.site,
  a.interception_id AS interceptionId, a.data ->> '$.ageStatus' AS ageStatus, a.data ->> '$.unaccompanied' AS unaccompanied,
  a.data ->> '$.familyGroupId' AS familyGroupId, a.vulnerable`;

export function toSummary(row: Record<string, unknown>): ArrivalSummary {
  return { ...(row as unknown as ArrivalSummary), unaccompanied: row.unaccompanied === 1, vulnerable: row.vulnerable === 1 };
}

export function listArrivals(db: Db, query: ParsedInput<'arrivals.list'>): { items: ArrivalSummary[]; total: number } {
  const { where, params } = arrivalWhere(query.filter);
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const rows = stmt(
    db,
    `SELECT ${SUMMARY_COLUMNS} FROM arrivals a ${where} ORDER BY ${SORT_COLUMNS[query.sort]} ${direction}, a.seq ${direction} LIMIT @limit OFFSET @offset`,
  ).all({ ...params, limit: query.limit, offset: query.offset }) as Record<string, unknown>[];
  const total = (stmt(db, `SELECT count(*) AS n FROM arrivals a ${where}`).get(params) as { n: number }).n;
  return { items: rows.map(toSummary), total };
}
