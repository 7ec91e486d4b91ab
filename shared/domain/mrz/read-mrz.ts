import type { MrzIssueLog } from './issue-log';
import { textAt, type MrzLayout, type Span } from './layouts';
import { readDocumentType, readSex, readStateCode } from './read-codes';
import { readBirthDate, readExpiryDate } from './read-dates';
import { readDocumentNumber } from './read-document-number';
import { readName } from './read-names';
import type { MrzFields } from './types';
import { verifyCheckDigit } from './verify-check-digit';

/**
 * Reads every field of MRZ lines already known to have the layout's shape, checking each
 * check digit the layout defines. Problems go to the log; the fields returned are only
 * meaningful if the log has no errors.
 */
export function readMrz(lines: readonly string[], layout: MrzLayout, today: Date, log: MrzIssueLog): MrzFields {
  const at = (span: Span) => textAt(lines, span);
  const [firstOptional, ...otherOptional] = layout.optionalData;

  const documentType = readDocumentType(at(layout.documentType), layout, log);
  const issuingState = readStateCode(at(layout.issuingState), layout.issuingState.line, 'issuingState', log);
  const { documentNumber, overflowUsed } = readDocumentNumber(
    {
      line: layout.documentNumber.line,
      principal: at(layout.documentNumber),
      check: at(layout.documentNumberCheck),
      overflow: layout.longDocumentNumber && firstOptional ? at(firstOptional) : undefined,
    },
    log,
  );

  const birthLine = layout.dateOfBirth.line;
  const dateOfBirth = readBirthDate(at(layout.dateOfBirth), birthLine, today, log);
  verifyCheckDigit(at(layout.dateOfBirth), at(layout.dateOfBirthCheck), { line: birthLine, field: 'dateOfBirth' }, log);
  const sex = readSex(at(layout.sex), layout.sex.line, log);
  const expiryLine = layout.expiryDate.line;
  const expiryDate = readExpiryDate(at(layout.expiryDate), expiryLine, log);
  verifyCheckDigit(at(layout.expiryDate), at(layout.expiryDateCheck), { line: expiryLine, field: 'expiryDate' }, log);
  const nationality = readStateCode(at(layout.nationality), layout.nationality.line, 'nationality', log);

  if (layout.optionalDataCheck && firstOptional) {
    const where = { line: layout.optionalDataCheck.line, field: 'optionalData', fillerAllowedWhenBlank: true } as const;
    verifyCheckDigit(at(firstOptional), at(layout.optionalDataCheck), where, log);
  }
  const optionalParts = [firstOptional ? at(firstOptional).slice(overflowUsed) : '', ...otherOptional.map(at)];
  verifyCheckDigit(layout.composite.map(at).join(''), at(layout.compositeCheck), { line: layout.compositeCheck.line, field: 'composite' }, log);

  const { familyName, givenNames } = readName(at(layout.name), layout.name.line, log);
  return {
    documentType,
    issuingState,
    documentNumber,
    familyName,
    givenNames,
    nationality,
    dateOfBirth,
    sex,
    expiryDate,
    optionalData: joinOptionalData(optionalParts),
  };
}

/** Optional data is the issuing state's own; fillers are blanks, so show them as spaces. */
function joinOptionalData(parts: readonly string[]): string {
  return parts
    .map((part) => part.replace(/<+/g, ' ').trim())
    .filter((part) => part !== '')
    .join(' ');
}
