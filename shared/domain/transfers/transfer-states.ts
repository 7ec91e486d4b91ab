import { z } from 'zod';

/*
 * The safe route in (UK/European Applicant Transfer Scheme, DOMAIN.md "The safe route in"):
 * the states an application passes through, and the checks recorded on it.
 */

export const TRANSFER_STATES = [
  'EOI_SUBMITTED',
  'LOCATION_VERIFIED',
  'HELD',
  'SELECTED',
  'BIOMETRICS_TAKEN',
  'CHECKS',
  'GRANTED',
  'REFUSED',
  'TRAVELLED',
  'ARRIVED_UK',
] as const;
export const TransferState = z.enum(TRANSFER_STATES, { error: 'Not a transfer state' });
export type TransferState = z.infer<typeof TransferState>;

export const TRANSFER_STATE_LABELS: Record<TransferState, string> = {
  EOI_SUBMITTED: 'Expression of interest submitted',
  LOCATION_VERIFIED: 'Location in France verified',
  HELD: 'Held in the pool (window open)',
  SELECTED: 'Selected',
  BIOMETRICS_TAKEN: 'Biometrics taken (visa application centre)',
  CHECKS: 'Security and eligibility checks',
  GRANTED: 'Entry clearance granted',
  REFUSED: 'Refused',
  TRAVELLED: 'Travelled',
  ARRIVED_UK: 'Arrived in the UK',
};

/** What the button that moves an application into each state says. */
export const TRANSFER_MOVE_LABELS: Record<TransferState, string> = {
  EOI_SUBMITTED: 'Submit expression of interest',
  LOCATION_VERIFIED: 'Record location verified',
  HELD: 'Hold in the pool',
  SELECTED: 'Select',
  BIOMETRICS_TAKEN: 'Record biometrics taken',
  CHECKS: 'Start security and eligibility checks',
  GRANTED: 'Grant entry clearance',
  REFUSED: 'Refuse',
  TRAVELLED: 'Record travelled',
  ARRIVED_UK: 'Record arrival in the UK',
};

export const CHECK_RESULTS = [
  { code: 'NOT_DONE', label: 'Not done yet' },
  { code: 'PASSED', label: 'Passed' },
  { code: 'FAILED', label: 'Failed' },
] as const;
export const CheckResult = z.enum(['NOT_DONE', 'PASSED', 'FAILED'], { error: 'Choose the check result' });
export type CheckResult = z.infer<typeof CheckResult>;

export const TransferHistoryEntry = z.object({
  at: z.string(),
  actor: z.string(),
  from: TransferState,
  to: TransferState,
  reason: z.string().nullable(),
});
export type TransferHistoryEntry = z.output<typeof TransferHistoryEntry>;
