import type { Transfer } from '../../../../shared/domain/transfers/transfer';

/** What the transfer form holds: everything as typed. */
export interface TransferFormValues {
  applicationReference: string;
  familyReference: string;
  familyName: string;
  givenNames: string;
  dateOfBirth: string;
  nationality: string;
  sex: string;
  placeOfBirth: string;
  documentNumber: string;
  checks: { locationVerified: string; security: string; eligibility: string };
  entryClearanceIssuedOn: string;
  entryClearanceValidUntil: string;
}

export function emptyTransferForm(): TransferFormValues {
  return {
    applicationReference: '',
    familyReference: '',
    familyName: '',
    givenNames: '',
    dateOfBirth: '',
    nationality: '',
    sex: '',
    placeOfBirth: '',
    documentNumber: '',
    checks: { locationVerified: 'NOT_DONE', security: 'NOT_DONE', eligibility: 'NOT_DONE' },
    entryClearanceIssuedOn: '',
    entryClearanceValidUntil: '',
  };
}

export function transferFormValues(t: Transfer): TransferFormValues {
  return {
    applicationReference: t.applicationReference,
    familyReference: t.familyReference,
    familyName: t.familyName,
    givenNames: t.givenNames,
    dateOfBirth: t.dateOfBirth,
    nationality: t.nationality,
    sex: t.sex,
    placeOfBirth: t.placeOfBirth,
    documentNumber: t.documentNumber,
    checks: { ...t.checks },
    entryClearanceIssuedOn: t.entryClearanceIssuedOn ?? '',
    entryClearanceValidUntil: t.entryClearanceValidUntil ?? '',
  };
}

/** The contract's input: a blank required field stays undefined so the schema says what to enter. */
export function toTransferInput(v: TransferFormValues): unknown {
  return {
    ...v,
    dateOfBirth: v.dateOfBirth || undefined,
    nationality: v.nationality || undefined,
    sex: v.sex || undefined,
    entryClearanceIssuedOn: v.entryClearanceIssuedOn || null,
    entryClearanceValidUntil: v.entryClearanceValidUntil || null,
  };
}
