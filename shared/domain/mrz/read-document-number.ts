import { isMrzText, MRZ_FILLER } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLineNumber } from './types';
import { verifyCheckDigit } from './verify-check-digit';

interface DocumentNumberText {
  line: MrzLineNumber;
  /** The 9-character document number field. */
  principal: string;
  /** The character after it: the check digit, or `<` when the number is continued. */
  check: string;
  /** The optional-data span a long number continues into, where the format allows it. */
  overflow?: string;
}

export interface DocumentNumber {
  documentNumber: string;
  /** How many leading characters of the overflow span belong to the document number. */
  overflowUsed: number;
}

/**
 * Reads and checks the document number. On TD1 and TD2 a number longer than 9 characters
 * puts `<` where its check digit would be, carries on at the start of the optional data,
 * and ends with its check digit, which covers the whole number (Doc 9303 parts 5 and 6).
 */
export function readDocumentNumber(text: DocumentNumberText, log: MrzIssueLog): DocumentNumber {
  const { line, principal, check, overflow } = text;
  const where = { line, field: 'documentNumber' } as const;
  if (check === MRZ_FILLER && overflow !== undefined && !principal.includes(MRZ_FILLER)) {
    const end = overflow.indexOf(MRZ_FILLER);
    const continuation = end === -1 ? overflow : overflow.slice(0, end);
    if (continuation === '') {
      log.error(line, 'documentNumber', 'the check digit is missing: its place holds < but the number does not continue in the optional data');
      return { documentNumber: principal, overflowUsed: 0 };
    }
    const documentNumber = principal + continuation.slice(0, -1);
    verifyCheckDigit(documentNumber, continuation.slice(-1), where, log);
    return { documentNumber, overflowUsed: continuation.length };
  }
  verifyCheckDigit(principal, check, where, log);
  const documentNumber = principal.replace(/<+$/, '');
  if (documentNumber === '' && isMrzText(principal)) log.error(line, 'documentNumber', 'the document number is blank');
  return { documentNumber, overflowUsed: 0 };
}
