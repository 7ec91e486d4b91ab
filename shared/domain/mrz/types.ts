/** The three ICAO Doc 9303 layouts this reader handles: ID card (TD1), TD2 and passport (TD3). */
export type MrzFormat = 'TD1' | 'TD2' | 'TD3';

export type MrzLineNumber = 1 | 2 | 3;

/** `<` (unspecified) in the MRZ is reported as 'X', as printed in the visual zone. */
export type MrzSex = 'M' | 'F' | 'X';

/** What an MRZ says about its holder and document, ready to fill an arrival's fields. */
export interface MrzFields {
  /** 'P', 'PM', 'I', 'ID', … – the document code with its filler removed. */
  documentType: string;
  /** Three-letter ISO 3166-1 or ICAO code; Germany's 'D' is given as 'DEU'. */
  issuingState: string;
  documentNumber: string;
  familyName: string;
  /** Several given names are separated by single spaces; '' when the MRZ has none. */
  givenNames: string;
  nationality: string;
  /** YYYY-MM-DD, or null when the MRZ shows the day, month or year as unknown (`<<`). */
  dateOfBirth: string | null;
  sex: MrzSex;
  /** YYYY-MM-DD. */
  expiryDate: string;
  /** The issuing state's optional data (e.g. a personal number), fillers removed; '' if none. */
  optionalData: string;
}

/** Which part of the MRZ a problem is in: a field, the composite check, or the line as a whole. */
export type MrzFieldName = keyof MrzFields | 'name' | 'composite' | 'format' | 'length' | 'characters';

/** One problem, worded for an officer, e.g. "Line 2, date of birth: the check digit is 3 but should be 7". */
export interface MrzIssue {
  line: MrzLineNumber;
  field: MrzFieldName;
  message: string;
}

export type MrzError = MrzIssue;
/** Something the officer must check or complete by hand, though the MRZ itself is valid. */
export type MrzWarning = MrzIssue;

export interface MrzSuccess {
  ok: true;
  format: MrzFormat;
  fields: MrzFields;
  warnings: MrzWarning[];
}

export interface MrzFailure {
  ok: false;
  /** Every problem found, in line order, so the officer can fix them all in one go. */
  errors: MrzError[];
}

export type MrzResult = MrzSuccess | MrzFailure;
