import type { ArrivalFilter, ArrivalSummary } from '../../../shared/domain/arrival-query';
import type { ParsedInput } from '../../../shared/api';
import { ukDayEndUtc, ukDayStartUtc } from '../../../shared/domain/time';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { countFromIndexes, filterSets, setOfNames, type FilterSet } from './arrival-filter-sets';
import { sortIndexWalk } from './arrival-sort-walk';
import { indexTerms, joinedName, spellingVariants } from './name-spellings';

/**
 * Each sort walks one index from end to end, so a page deep in the list costs no more than
 * the first. Nationality goes on by arrival time, as its index does: ordered by nationality
 * and then seq, SQLite sorted all 200,000 people for every page (0.9 s for the first, 4.7 s
 * for the last).
 */
const SORT_ORDER = {
  arrivedAt: ['a.arrived_at', 'a.seq'],
  familyName: ['a.family_name', 'a.seq'],
  nationality: ['a.nationality', 'a.arrived_at', 'a.seq'],
} as const;

/**
 * FTS5 query: every word required, as a prefix of a word in the names (as typed so far) or
 * as another spelling of it recorded here (Mohammed: Muhammad, Mohamed); quotes stop user
 * text being read as syntax. Two words that are one name ("abdul rahman") are looked for as
 * typed or as that name's other spellings (Abdelrahman).
 */
export function nameMatchQuery(search: string, variantsOf: (word: string) => string[] = () => []): string | null {
  const words = indexTerms(search);
  const anyOf = (typed: string[], variants: string[]) => {
    const all = [...typed, ...variants.map((v) => `"${v}"`)];
    return all.length > 1 ? `(${all.join(' OR ')})` : all[0]!;
  };
  const parts: string[] = [];
  let previous: string | null = null;
  for (let i = 0; i < words.length; i++) {
    const [word, next] = [words[i]!, words[i + 1]];
    const joined = next ? joinedName(word, next) : null;
    if (joined) {
      parts.push(anyOf([`("${word}"* AND "${next}"*)`], variantsOf(joined).filter((v) => v !== `${word} ${next}`)));
      previous = null;
      i++;
    } else {
      parts.push(anyOf([`"${word}"*`, ...writtenTogether(previous, word), ...writtenApart(word)], variantsOf(word)));
      previous = word;
    }
  }
  return parts.length ? parts.join(' AND ') : null;
}

/**
 * Names written as one word or two (Gebremariam / Gebre Mariam, Habtemariam, Woldemichael):
 * Tigrinya and Amharic names are compounds whose first part (Gebre, Habte, Wolde, Haile) is
 * also a name of its own, so they are not joined like Abdul Rahman. A searched word is also
 * found joined to the word typed before it ("gebre mariam" finds Gebremariam: "gebre" is a
 * prefix of it already)…
 */
function writtenTogether(previous: string | null, word: string): string[] {
  return previous && previous.length >= MIN_PART && word.length >= MIN_PART ? [`"${previous}${word}"*`] : [];
}

/** …and a word long enough to be two is also found as any two names it splits into ("gebremariam" finds Gebre Mariam). */
function writtenApart(word: string): string[] {
  const splits: string[] = [];
  for (let at = MIN_PART; at <= word.length - MIN_PART; at++) splits.push(`"${word.slice(0, at)} ${word.slice(at)}"*`);
  return splits;
}

/** The shortest part of a compound name looked for (Gebre, Habte; not the letters of a longer name). */
const MIN_PART = 4;


/** Stop counting here: the list says "100,000+" and the officer narrows the filter. */
export const COUNT_CAP = 100_000;
/**
 * Everyone is counted in an index, up to this many: 500,000 rows of 44 px is 22 million px,
 * within the tallest scroller Chromium lays out (about 33.5 million px). Beyond, the list
 * says "500,000+" and grows a page at a time, like any capped list.
 */
export const WHOLE_LIST_CAP = 500_000;

/**
 * The FROM/WHERE for a filter, shared by the list, its count and the CSV export. A search
 * is a set of matching rows: names through the accent-folding FTS index, or, when the text
 * has a digit, document numbers and references by prefix.
 */
export function arrivalWhere(
  db: Db,
  filter: ArrivalFilter,
): { from: string; where: string; params: Record<string, unknown>; searching: boolean; countSql: { sql: string; cap: number } } {
  const clauses: string[] = [];
  const params: Record<string, unknown> = {};
  if (filter.from) {
    clauses.push('a.arrived_at >= @from');
    params.from = ukDayStartUtc(filter.from);
  }
  if (filter.to) {
    clauses.push("a.arrived_at < @to AND a.arrived_at > ''");
    params.to = ukDayEndUtc(filter.to);
  }
  for (const [key, column] of [['site', 'a.site'], ['nationality', 'a.nationality'], ['status', 'a.status'], ['interceptionId', 'a.interception_id']] as const) {
    if (filter[key] !== null) {
      clauses.push(`${column} = @${key}`);
      params[key] = filter[key];
    }
  }
  if (filter.vulnerable !== null) clauses.push(filter.vulnerable ? 'a.vulnerable' : 'NOT a.vulnerable');
  // A name search under other filters keeps only the names whose people those filters' indexes list, so no record is read to count them.
  const nameSearch = filter.search !== '' && !/\d/.test(filter.search);
  const within = nameSearch ? filterSets({ ...filter, search: '' }) : [];
  if (within.length > 0) clauses.length = 0;
  const hits = searchHits(db, filter.search, params, within);
  const onlySearch = hits !== null && clauses.length === 0;
  if (hits) clauses.push(`a.seq IN (${hits})`);
  const where = clauses.length ? `WHERE ${clauses.join(' AND ')}` : '';
  // With only a date range, SQLite's estimate prefers a full scan (it cannot see that the
  // generated column is costly to compute per row); the index is 20x faster.
  const dateOnly = (filter.from || filter.to) && clauses.length === (filter.from ? 1 : 0) + (filter.to ? 1 : 0);
  const from = dateOnly ? 'arrivals a INDEXED BY arrivals_by_arrived' : 'arrivals a';
  return { from, where, params, searching: hits !== null, countSql: countSqlFor(filter, from, where, hits, onlySearch) };
}

/**
 * How the list is counted, and where counting stops: in an index wherever one answers,
 * otherwise row by row up to COUNT_CAP. Everyone (no filter) is counted in a covering index
 * up to WHOLE_LIST_CAP (about 10 ms at 200,000), so the scrollbar and End reach the last
 * person: capped at 100,000, the last 100,000 of 200,000 could only be reached a page at a
 * time. "Not vulnerable" alone is everyone less the vulnerable (both indexed): counted row by
 * row it read 100,000 records' vulnerability fields, 0.8–1.6 s at 200,000 people.
 */
function countSqlFor(filter: ArrivalFilter, from: string, where: string, hits: string | null, onlySearch: boolean): { sql: string; cap: number } {
  const filtered = filter.from || filter.to || filter.site || filter.nationality || filter.status || filter.interceptionId || hits !== null;
  if (!filtered && filter.vulnerable === null) return { sql: `SELECT count(*) AS n FROM (SELECT 1 FROM arrivals LIMIT ${WHOLE_LIST_CAP + 1})`, cap: WHOLE_LIST_CAP };
  if (!filtered && filter.vulnerable === false) {
    return { sql: 'SELECT (SELECT count(*) FROM arrivals) - (SELECT count(*) FROM arrivals WHERE vulnerable) AS n', cap: COUNT_CAP };
  }
  // A plain search is counted in the index itself, without visiting every matching row; two filters or more, in their indexes.
  const counted = onlySearch ? `${hits} LIMIT ${COUNT_CAP + 1}` : `SELECT 1 ${countFromIndexes(filter) ?? `FROM ${from} ${where}`} LIMIT ${COUNT_CAP + 1}`;
  return { sql: `SELECT count(*) AS n FROM (${counted})`, cap: COUNT_CAP };
}

function searchHits(db: Db, search: string, params: Record<string, unknown>, within: FilterSet[] = []): string | null {
  if (!search) return null;
  if (/\d/.test(search)) {
    params.prefix = search.toUpperCase().replace(/\s+/g, '');
    return `SELECT arrival_seq FROM arrival_documents WHERE number >= @prefix AND number < @prefix || '~'
            UNION ALL SELECT seq FROM arrivals WHERE reference >= @prefix AND reference < @prefix || '~'`;
  }
  params.match = nameMatchQuery(search, (word) => spellingVariants(db, word)) ?? '""';
  return `SELECT rowid FROM arrival_names WHERE arrival_names MATCH @match${within.map((s) => ` AND ${setOfNames(s)}`).join('')} ORDER BY rowid DESC`;
}

export const SUMMARY_COLUMNS = `a.id, a.reference, a.status, a.data ->> '$.familyName' AS familyName, a.data ->> '$.givenNames' AS givenNames,
  a.data ->> '$.dateOfBirth' AS dateOfBirth, a.data ->> '$.dateOfBirthPrecision' AS dateOfBirthPrecision, a.data ->> '$.sex' AS sex, a.nationality, nullif(a.arrived_at, '') AS arrivedAt, a.site,
  a.interception_id AS interceptionId, a.data ->> '$.ageStatus' AS ageStatus, a.data ->> '$.unaccompanied' AS unaccompanied,
  a.data ->> '$.familyGroupId' AS familyGroupId, a.vulnerable, a.data -> '$.vulnerability.medical' AS medical,
  a.data ->> '$.vulnerability.disability' AS disability, a.data ->> '$.vulnerability.traffickingIndicators' AS traffickingIndicators`;

export function toSummary(row: Record<string, unknown>): ArrivalSummary {
  return {
    ...(row as unknown as ArrivalSummary),
    unaccompanied: row.unaccompanied === 1,
    vulnerable: row.vulnerable === 1,
    // Most people have none: skip parsing the empty list.
    medical: typeof row.medical === 'string' && row.medical !== '[]' ? (JSON.parse(row.medical) as string[]) : [],
    disability: row.disability === 1,
    traffickingIndicators: row.traffickingIndicators === 1,
  };
}

/**
 * One page of people. Searches come most recently recorded first (the FTS index is walked
 * backwards and stops at the page); other lists sort as asked. Counts stop at a cap (countSqlFor).
 */
export function listArrivals(db: Db, query: ParsedInput<'arrivals.list'>): { items: ArrivalSummary[]; total: number | null; totalIsExact: boolean } {
  const { from, where, params, searching, countSql } = arrivalWhere(db, query.filter);
  const direction = query.direction === 'asc' ? 'ASC' : 'DESC';
  const order = searching ? 'a.seq DESC' : SORT_ORDER[query.sort].map((column) => `${column} ${direction}`).join(', ');
  const page = sortIndexWalk(query.filter, query.sort) ?? { from, where };
  const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM ${page.from} ${page.where} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({
    ...params,
    limit: query.limit,
    offset: query.offset,
  }) as Record<string, unknown>[];
  if (!query.withTotal) return { items: rows.map(toSummary), total: null, totalIsExact: false };
  const counted = (stmt(db, countSql.sql).get(params) as { n: number }).n;
  return { items: rows.map(toSummary), total: Math.min(counted, countSql.cap), totalIsExact: counted <= countSql.cap };
}
