import type { ParsedInput } from '../../../shared/api';
import { toCsv } from '../../../shared/csv';
import { AppError } from '../../../shared/domain/errors';
import { needsInWords } from '../../../shared/domain/person-needs';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';
import { arrivalWhere, SUMMARY_COLUMNS, toSummary } from './arrival-list';

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

export function exportArrivalsCsv(db: Db, query: ParsedInput<'arrivals.exportCsv'>): { filename: string; csv: string; rows: number } {
  const { from, where, params } = arrivalWhere(db, query.filter);
  const total = (stmt(db, `SELECT count(*) AS n FROM ${from} ${where}`).get(params) as { n: number }).n;
  if (total > CSV_ROW_LIMIT) {
    throw new AppError('VALIDATION', `${total.toLocaleString('en-GB')} people match; narrow the filter to at most ${CSV_ROW_LIMIT.toLocaleString('en-GB')} to export.`);
  }
  const rows = stmt(db, `SELECT ${SUMMARY_COLUMNS} FROM ${from} ${where} ORDER BY a.arrived_at DESC, a.seq DESC`).iterate(params) as Iterable<Record<string, unknown>>;
  const values = (function* () {
    for (const row of rows) {
      const person = toSummary(row);
      // Why a person is vulnerable, in the words of the screens and the incident report: "yes" alone says too little to act on.
      const summary = { ...person, needs: needsInWords(person).join('; ') } as unknown as Record<string, unknown>;
      yield COLUMNS.map(([, key]) => (typeof summary[key] === 'boolean' ? (summary[key] ? 'yes' : 'no') : summary[key]));
    }
  })();
  const csv = toCsv(COLUMNS.map(([label]) => label), values);
  return { filename: `arrivals-${new Date().toISOString().slice(0, 10)}.csv`, csv, rows: total };
}
