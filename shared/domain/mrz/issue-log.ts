import type { MrzFieldName, MrzIssue, MrzLineNumber } from './types';

type FieldWithLabel = Exclude<MrzFieldName, 'format' | 'length' | 'characters'>;

/** Names of the fields as an officer would say them, used to start each message. */
const LABELS: Record<FieldWithLabel, string> = {
  documentType: 'document type',
  issuingState: 'issuing state',
  documentNumber: 'document number',
  name: 'name',
  familyName: 'family name',
  givenNames: 'given names',
  nationality: 'nationality',
  dateOfBirth: 'date of birth',
  sex: 'sex',
  expiryDate: 'expiry date',
  optionalData: 'optional data',
  composite: 'composite check',
};

/**
 * Collects every problem rather than stopping at the first, so an officer who typed an
 * MRZ sees all their mistakes at once.
 */
export class MrzIssueLog {
  readonly errors: MrzIssue[] = [];
  readonly warnings: MrzIssue[] = [];

  /** A problem with one field: "Line 2, date of birth: <detail>". */
  error(line: MrzLineNumber, field: FieldWithLabel, detail: string): void {
    this.errors.push({ line, field, message: `Line ${line}, ${LABELS[field]}: ${detail}` });
  }

  warn(line: MrzLineNumber, field: FieldWithLabel, detail: string): void {
    this.warnings.push({ line, field, message: `Line ${line}, ${LABELS[field]}: ${detail}` });
  }

  /** A problem with a whole line, whose message is already a complete sentence. */
  lineError(line: MrzLineNumber, field: 'length' | 'characters', message: string): void {
    this.errors.push({ line, field, message });
  }
}
