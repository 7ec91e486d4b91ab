import type { MrzFormat, MrzLineNumber } from './types';

/**
 * A run of characters on one line, numbered from 1 with both ends included, exactly as
 * the tables in ICAO Doc 9303 parts 4–6 number them, so each layout below can be checked
 * against the standard by eye.
 */
export interface Span {
  line: MrzLineNumber;
  from: number;
  to: number;
}

const at = (line: MrzLineNumber, from: number, to = from): Span => ({ line, from, to });

export function textAt(lines: readonly string[], span: Span): string {
  return (lines[span.line - 1] ?? '').slice(span.from - 1, span.to);
}

/** Where each field sits in one MRZ format. */
export interface MrzLayout {
  format: MrzFormat;
  lineCount: 2 | 3;
  lineLength: number;
  /** How messages name this kind of MRZ: "a passport MRZ line has 44 characters". */
  describedAs: string;
  /** Allowed first letters of the document code; other letters are visas or other documents. */
  documentInitials: readonly string[];
  documentType: Span;
  issuingState: Span;
  name: Span;
  documentNumber: Span;
  documentNumberCheck: Span;
  nationality: Span;
  dateOfBirth: Span;
  dateOfBirthCheck: Span;
  sex: Span;
  expiryDate: Span;
  expiryDateCheck: Span;
  optionalData: readonly Span[];
  /** Only the passport protects its optional data (the personal number) with a check digit. */
  optionalDataCheck?: Span;
  /**
   * On TD1 and TD2, a document number longer than 9 characters continues at the start of
   * the first optional-data span, followed by its check digit (Doc 9303 parts 5 and 6).
   */
  longDocumentNumber: boolean;
  /** The spans the composite check digit covers, in order. */
  composite: readonly Span[];
  compositeCheck: Span;
}

/** Passport: Doc 9303 part 4, 2 lines × 44. */
export const TD3: MrzLayout = {
  format: 'TD3',
  lineCount: 2,
  lineLength: 44,
  describedAs: 'a passport MRZ',
  documentInitials: ['P'],
  documentType: at(1, 1, 2),
  issuingState: at(1, 3, 5),
  name: at(1, 6, 44),
  documentNumber: at(2, 1, 9),
  documentNumberCheck: at(2, 10),
  nationality: at(2, 11, 13),
  dateOfBirth: at(2, 14, 19),
  dateOfBirthCheck: at(2, 20),
  sex: at(2, 21),
  expiryDate: at(2, 22, 27),
  expiryDateCheck: at(2, 28),
  optionalData: [at(2, 29, 42)],
  optionalDataCheck: at(2, 43),
  longDocumentNumber: false,
  composite: [at(2, 1, 10), at(2, 14, 20), at(2, 22, 43)],
  compositeCheck: at(2, 44),
};

/** TD2 card: Doc 9303 part 6, 2 lines × 36. */
export const TD2: MrzLayout = {
  format: 'TD2',
  lineCount: 2,
  lineLength: 36,
  describedAs: 'a TD2 (two-line ID card) MRZ',
  documentInitials: ['A', 'C', 'I'],
  documentType: at(1, 1, 2),
  issuingState: at(1, 3, 5),
  name: at(1, 6, 36),
  documentNumber: at(2, 1, 9),
  documentNumberCheck: at(2, 10),
  nationality: at(2, 11, 13),
  dateOfBirth: at(2, 14, 19),
  dateOfBirthCheck: at(2, 20),
  sex: at(2, 21),
  expiryDate: at(2, 22, 27),
  expiryDateCheck: at(2, 28),
  optionalData: [at(2, 29, 35)],
  longDocumentNumber: true,
  composite: [at(2, 1, 10), at(2, 14, 20), at(2, 22, 35)],
  compositeCheck: at(2, 36),
};

/** ID card: Doc 9303 part 5, 3 lines × 30. */
export const TD1: MrzLayout = {
  format: 'TD1',
  lineCount: 3,
  lineLength: 30,
  describedAs: 'an ID card (TD1) MRZ',
  documentInitials: ['A', 'C', 'I'],
  documentType: at(1, 1, 2),
  issuingState: at(1, 3, 5),
  documentNumber: at(1, 6, 14),
  documentNumberCheck: at(1, 15),
  optionalData: [at(1, 16, 30), at(2, 19, 29)],
  dateOfBirth: at(2, 1, 6),
  dateOfBirthCheck: at(2, 7),
  sex: at(2, 8),
  expiryDate: at(2, 9, 14),
  expiryDateCheck: at(2, 15),
  nationality: at(2, 16, 18),
  name: at(3, 1, 30),
  longDocumentNumber: true,
  composite: [at(1, 6, 30), at(2, 1, 7), at(2, 9, 15), at(2, 19, 29)],
  compositeCheck: at(2, 30),
};

export const LAYOUTS: readonly MrzLayout[] = [TD1, TD2, TD3];
