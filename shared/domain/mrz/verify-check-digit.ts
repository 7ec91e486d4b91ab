import { checkDigit, isMrzText, MRZ_FILLER } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLineNumber } from './types';

interface CheckedField {
  line: MrzLineNumber;
  field: 'documentNumber' | 'dateOfBirth' | 'expiryDate' | 'optionalData' | 'composite';
  /** Doc 9303 lets an empty personal number carry `<` instead of a check digit of 0. */
  fillerAllowedWhenBlank?: boolean;
}

/** Logs an error unless `actual` is the right check digit for `value`. */
export function verifyCheckDigit(value: string, actual: string, where: CheckedField, log: MrzIssueLog): void {
  // A character outside the MRZ alphabet has already been reported for its line, and a
  // check digit over it would mean nothing.
  if (!isMrzText(value) || !isMrzText(actual)) return;
  const expected = checkDigit(value);
  if (actual === String(expected)) return;
  const blank = /^<*$/.test(value);
  if (where.fillerAllowedWhenBlank && blank && actual === MRZ_FILLER) return;
  log.error(where.line, where.field, `the check digit is ${describe(actual)} but should be ${expected}`);
}

function describe(character: string): string {
  if (/^[0-9]$/.test(character)) return character;
  if (character === MRZ_FILLER) return 'blank (<)';
  return `"${character}"`;
}
