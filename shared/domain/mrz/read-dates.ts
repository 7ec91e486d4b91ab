import { isMrzText } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLineNumber } from './types';

const UNKNOWN = '<<';
const TWO_DIGITS = /^[0-9]{2}$/;

/**
 * A date of birth, YYMMDD. The MRZ has no century, so a year after this year's two digits
 * must be last century (in 2026, "27" is 1927 and "26" is 2026). Doc 9303 shows an unknown
 * day, month or year as `<<`; that is valid, so it is a warning and a null date, not an error.
 */
export function readBirthDate(raw: string, line: MrzLineNumber, today: Date, log: MrzIssueLog): string | null {
  if (!isMrzText(raw)) return null;
  const [yy, mm, dd] = [raw.slice(0, 2), raw.slice(2, 4), raw.slice(4, 6)];
  if (![yy, mm, dd].every((part) => TWO_DIGITS.test(part) || part === UNKNOWN)) {
    log.error(line, 'dateOfBirth', `"${raw}" is not a date; it should be six digits, YYMMDD, with << for an unknown part`);
    return null;
  }
  const year = yy === UNKNOWN ? null : Number(yy) + (Number(yy) > today.getUTCFullYear() % 100 ? 1900 : 2000);
  const unknown = [dd === UNKNOWN && 'day', mm === UNKNOWN && 'month', year === null && 'year'].filter((p) => p !== false);
  if (unknown.length > 0) {
    const given = year === null ? '' : ` (the MRZ gives only the year, ${year})`;
    const verb = unknown.length > 1 ? 'are' : 'is';
    log.warn(line, 'dateOfBirth', `the ${listed(unknown)} of birth ${verb} unknown, shown as <<${given}; record the date of birth by hand`);
    return null;
  }
  return calendarDate(raw, year!, line, 'dateOfBirth', log);
}

/** An expiry date, YYMMDD. Every machine-readable document in use expires in the 2000s. */
export function readExpiryDate(raw: string, line: MrzLineNumber, log: MrzIssueLog): string {
  if (!isMrzText(raw)) return '';
  if (!/^[0-9]{6}$/.test(raw)) {
    log.error(line, 'expiryDate', `"${raw}" is not a date; it should be six digits, YYMMDD`);
    return '';
  }
  return calendarDate(raw, 2000 + Number(raw.slice(0, 2)), line, 'expiryDate', log) ?? '';
}

/** YYYY-MM-DD for a real calendar day, or an error naming what is wrong with it. */
function calendarDate(raw: string, year: number, line: MrzLineNumber, field: 'dateOfBirth' | 'expiryDate', log: MrzIssueLog): string | null {
  const month = Number(raw.slice(2, 4));
  const day = Number(raw.slice(4, 6));
  if (month < 1 || month > 12) {
    log.error(line, field, `"${raw}" is not a real date: there is no month ${raw.slice(2, 4)}`);
    return null;
  }
  const date = new Date(Date.UTC(year, month - 1, day));
  if (day < 1 || date.getUTCMonth() !== month - 1) {
    log.error(line, field, `"${raw}" is not a real date: ${raw.slice(4, 6)}/${raw.slice(2, 4)}/${year} does not exist`);
    return null;
  }
  return `${year}-${raw.slice(2, 4)}-${raw.slice(4, 6)}`;
}

function listed(parts: string[]): string {
  return parts.length > 1 ? `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)}` : (parts[0] ?? '');
}
