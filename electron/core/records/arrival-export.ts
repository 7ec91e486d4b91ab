import type { ParsedInput } from '../../../shared/api';
import { csvLine, UTF8_BOM } from '../../../shared/csv';
import { AppError } from '../../../shared/domain/errors';
import { needsInWords } from '../../../shared/domain/person-needs';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { exportWindows } from './arrival-export-windows';
import { countFromIndexes } from './arrival-filter-sets';
import { arrivalWhere, toSummary } from './arrival-list';

/** Beyond this a spreadsheet is the wrong tool; the officer is asked to narrow the filter. */
export const CSV_ROW_LIMIT = 200_000;

const COLUMNS = [
  ['Reference', 'reference'],
  ['Status', 'status'],
  ['Family name', 'familyName'],
  ['Given names', 'givenNames'],
  ['Date of birth', 'dateOfBirth'],
  ['Sex', 'sex'],
  ['Nationality', 'nationality'],
  ['Arrived (UTC)', 'arrivedAt'],
  ['Site', 'site'],
  ['Age status', 'ageStatus'],
  ['Unaccompanied', 'unaccompanied'],
  ['Family group', 'familyGroupId'],
  ['Vulnerable', 'vulnerable'],
  ['Needs', 'needs'],
] as const;

/**
 * The people the filter lists, as CSV, newest first. Read and written a window at a time
 * (arrival-export-windows.ts), so other screens are answered while a large export runs.
 */
export async function exportArrivalsCsv(db: Db, query: ParsedInput<'arrivals.exportCsv'>): Promise<{ filename: string; csv: string; rows: number }> {
  const { from, where, params } = arrivalWhere(db, query.filter);
  const total = (stmt(db, `SELECT count(*) AS n ${countFromIndexes(query.filter) ?? `FROM ${from} ${where}`}`).get(params) as { n: number }).n;
  if (total > CSV_ROW_LIMIT) {
    throw new AppError('VALIDATION', `${total.toLocaleString('en-GB')} people match; narrow the filter to at most ${CSV_ROW_LIMIT.toLocaleString('en-GB')} to export.`);
  }
  const chunks = [csvLine(COLUMNS.map(([label]) => label))];
  let rows = 0;
  for await (const window of exportWindows(db, query.filter)) {
    chunks.push(window.map(csvValues).join('\r\n'));
    rows += window.length;
  }
  return { filename: `arrivals-${new Date().toISOString().slice(0, 10)}.csv`, csv: `${UTF8_BOM}${chunks.join('\r\n')}\r\n`, rows };
}

function csvValues(row: Record<string, unknown>): string {
  const person = toSummary(row);
  // Why a person is vulnerable, in the words of the screens and the incident report: "yes" alone says too little to act on.
  const summary = { ...person, needs: needsInWords(person).join('; ') } as unknown as Record<string, unknown>;
  return csvLine(COLUMNS.map(([, key]) => (typeof summary[key] === 'boolean' ? (summary[key] ? 'yes' : 'no') : summary[key])));
}
