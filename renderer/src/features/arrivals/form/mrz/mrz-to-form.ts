import { isoDateToDayFirst } from '../../../../../../shared/domain/dates';
import type { DocumentFormValues } from '../../form-values';
import type { MrzFields } from '../../../../../../shared/domain/mrz/parse-mrz';

/** ICAO 9303 document codes: P… passports, I/A/C… identity cards, anything else a travel document. */
function documentTypeOf(code: string): string {
  const first = code.trim().toUpperCase().charAt(0);
  if (first === 'P') return 'PASSPORT';
  if (first === 'I' || first === 'A' || first === 'C') return 'ID_CARD';
  return 'TRAVEL_DOCUMENT';
}

export function documentFromMrz(fields: MrzFields, mrzText: string): DocumentFormValues {
  return {
    type: documentTypeOf(fields.documentType),
    number: fields.documentNumber,
    issuingState: fields.issuingState,
    expiryDate: fields.expiryDate,
    // Kept as read (lines joined by new lines) so it can be checked against the document later.
    mrz: mrzText
      .split(/\r?\n/)
      .map((l) => l.trim())
      .filter(Boolean)
      .join('\n'),
  };
}

/** Identity as the document states it (the reader gives `<` sex as X); empty ones are not written over what was typed. */
export function identityFromMrz(fields: MrzFields) {
  return {
    familyName: fields.familyName,
    givenNames: fields.givenNames,
    nationality: fields.nationality,
    dateOfBirth: isoDateToDayFirst(fields.dateOfBirth ?? ''), // as the officer types it, like the rest of the form
    sex: fields.sex,
  };
}
