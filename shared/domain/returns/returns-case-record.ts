import { z } from 'zod';
import { isoInstant, Uuid } from '../fields';
import { reasonText } from '../record-status';
import { CaseEvent, EligibilityResult, ReturnCase } from './case-states';
import { ConditionOutcome, ELIGIBILITY_CONDITIONS, RecordedConditions } from './eligibility-conditions';
import { asSentence, assessedAtFutureProblem } from './event-times';

/*
 * A returns case as stored and as the contract carries it: the case machine's ReturnCase,
 * the person it belongs to, the officer-recorded treaty conditions and the engine's
 * assessment of them, plus the record bookkeeping every record has.
 */

export const StoredAssessment = z.object({
  result: EligibilityResult,
  /** One officer-readable line per condition not met or not yet known. */
  reasons: z.array(z.string()),
  conditions: z.record(z.enum(ELIGIBILITY_CONDITIONS), ConditionOutcome),
  /** When the check was made: the time the officer gave, else when it was recorded. The 14-day rule was judged by it. */
  assessedAt: z.string(),
  /** The officer who recorded it. */
  assessedBy: z.string(),
  /** When it was recorded, kept only when the officer gave an earlier assessment time (absent on older records). */
  recordedAt: z.string().optional(),
});
export type StoredAssessment = z.output<typeof StoredAssessment>;

export const ReturnsCaseRecord = z.object({
  ...ReturnCase.shape,
  arrivalId: z.string(),
  eligibilityConditions: RecordedConditions,
  eligibilityAssessment: StoredAssessment.nullable(),
  id: z.string(),
  reference: z.string(),
  createdBy: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
});
export type ReturnsCaseRecord = z.output<typeof ReturnsCaseRecord>;

export const DeadlineView = z.object({
  kind: z.enum(['REFERRAL_DUE', 'REFERRAL_TARGET', 'FRANCE_ANSWER_DUE', 'PROCESS_LIMIT']),
  label: z.string(),
  due: z.string(),
  status: z.enum(['ok', 'due_soon', 'overdue']),
});

/** Who the case is about, as the panel and lists name them. */
export const CasePerson = z.object({
  arrivalId: z.string(),
  reference: z.string(),
  name: z.string(),
  nationality: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  /** From the person's vulnerability section: a referral is a barrier the case must show (nrm-referral-notice.ts). */
  nrmReferredAt: z.string().nullable(),
});
export type CasePerson = z.output<typeof CasePerson>;

const EVENT_TYPES = CaseEvent.options.map((o) => o.shape.type.value) as [CaseEvent['type'], ...CaseEvent['type'][]];

/** What the panel shows: the person, their case (null until opened), its running deadlines and the legal next steps. */
export const ReturnsCaseView = z.object({
  person: CasePerson,
  case: ReturnsCaseRecord.nullable(),
  deadlines: z.array(DeadlineView),
  allowedEvents: z.array(z.enum(EVENT_TYPES)),
});
export type ReturnsCaseView = z.output<typeof ReturnsCaseView>;

export const OpenReturnsCaseInput = z.strictObject({ arrivalId: Uuid });

export const RecordEligibilityInput = z.strictObject({
  id: Uuid,
  version: z.number().int().min(1),
  conditions: RecordedConditions,
  /**
   * When the check was made, if it is recorded later (from paper notes); left out, it is now.
   * Checked here for what needs no case (a readable time, not in the future); the engine
   * checks it against the case (not before the arrival) with the same words.
   */
  assessedAt: isoInstant('Enter the date and time it was assessed')
    .refine((at) => !assessedAtFutureProblem(at, new Date().toISOString()), {
      error: (issue) => asSentence(assessedAtFutureProblem(String(issue.input), new Date().toISOString()) ?? 'the time it was assessed is in the future'),
    })
    .optional(),
});

export const ApplyReturnsEventInput = z.strictObject({
  id: Uuid,
  version: z.number().int().min(1),
  event: CaseEvent,
  reason: reasonText(),
});
export type ApplyReturnsEventInput = z.output<typeof ApplyReturnsEventInput>;

/** After an event: the case as now stored, and the weekly-cap warning when a full week got one more removal. */
export const ReturnsEventOutcome = ReturnsCaseView.extend({ warning: z.string().nullable() });

/** The stored document without the bookkeeping every record carries. */
export type ReturnsCaseFields = Omit<ReturnsCaseRecord, 'id' | 'reference' | 'createdBy' | 'createdAt' | 'updatedAt' | 'version'>;
