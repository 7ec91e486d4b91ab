import { z } from 'zod';
import { isoInstant } from '../fields';
import { type Instant, toUtcIso } from '../time';

/**
 * The returns-pilot case (DOMAIN.md "The returns pilot"): its states, the barriers that
 * pause it, the events that move it and the zod schemas used at the API boundary. The
 * rules that connect them live in case-machine.ts.
 */

export const RETURN_CASE_STATES = [
  'ARRIVED',
  'SCREENED',
  'ELIGIBILITY_CHECKED',
  'INELIGIBLE',
  'DETAINED',
  'NOTICE_SERVED',
  'REFERRED_TO_FRANCE',
  'FRANCE_ACCEPTED',
  'FRANCE_REFUSED',
  'NO_RESPONSE',
  'INADMISSIBILITY_DECIDED',
  'REMOVAL_SCHEDULED',
  'REMOVED',
  'RELEASED_TO_ASYLUM',
  'PAUSED',
  'EXPIRED',
] as const;
export const ReturnCaseState = z.enum(RETURN_CASE_STATES, { error: 'Not a returns case state' });
export type ReturnCaseState = z.infer<typeof ReturnCaseState>;

export const CASE_STATE_LABELS: Record<ReturnCaseState, string> = {
  ARRIVED: 'Arrived',
  SCREENED: 'Screened',
  ELIGIBILITY_CHECKED: 'Eligibility checked',
  INELIGIBLE: 'Not eligible (standard asylum route)',
  DETAINED: 'Detained',
  NOTICE_SERVED: 'Notice served',
  REFERRED_TO_FRANCE: 'Referred to France',
  FRANCE_ACCEPTED: 'Accepted by France',
  FRANCE_REFUSED: 'Refused by France',
  NO_RESPONSE: 'No answer from France',
  INADMISSIBILITY_DECIDED: 'Inadmissibility decided',
  REMOVAL_SCHEDULED: 'Removal scheduled',
  REMOVED: 'Removed to France',
  RELEASED_TO_ASYLUM: 'Released to the asylum route',
  PAUSED: 'Paused by a barrier',
  EXPIRED: 'Expired (3-month limit passed)',
};

/** Cases that have left the pilot for good: no event (not even a barrier) moves them again. */
export const TERMINAL_STATES: ReadonlySet<ReturnCaseState> = new Set(['INELIGIBLE', 'REMOVED', 'RELEASED_TO_ASYLUM', 'EXPIRED']);

export function isTerminalState(state: ReturnCaseState): boolean {
  return TERMINAL_STATES.has(state);
}

/** Moving a case into one of these needs a written reason: each ends or halts a removal. */
export const REASON_REQUIRED_STATES: ReadonlySet<ReturnCaseState> = new Set(['INELIGIBLE', 'PAUSED', 'RELEASED_TO_ASYLUM']);

export const CASE_BARRIERS = ['MODERN_SLAVERY_REFERRAL', 'HUMAN_RIGHTS_CLAIM', 'JUDICIAL_REVIEW_OR_INJUNCTION'] as const;
export const CaseBarrier = z.enum(CASE_BARRIERS, { error: 'Choose the barrier' });
export type CaseBarrier = z.infer<typeof CaseBarrier>;

export const BARRIER_LABELS: Record<CaseBarrier, string> = {
  MODERN_SLAVERY_REFERRAL: 'Modern-slavery (NRM) referral',
  HUMAN_RIGHTS_CLAIM: 'Human-rights claim',
  JUDICIAL_REVIEW_OR_INJUNCTION: 'Judicial review or injunction',
};

export const ELIGIBILITY_RESULTS = ['eligible', 'ineligible', 'undetermined'] as const;
export const EligibilityResult = z.enum(ELIGIBILITY_RESULTS, { error: 'Choose the eligibility result' });
export type EligibilityResult = z.infer<typeof EligibilityResult>;

/** The eligibility result as officers read it, on screen and on paper. */
export const ELIGIBILITY_RESULT_LABELS: Record<EligibilityResult, string> = {
  eligible: 'Eligible for return',
  ineligible: 'Not eligible',
  undetermined: 'Not yet determined',
};

/** A UTC instant; `what` finishes "Enter the date and time …", the message for a blank or unreadable one. */
const instant = (what: string) => isoInstant(`Enter the date and time ${what}`);
const bare = <T extends string>(type: T) => z.strictObject({ type: z.literal(type) });
/** A step that may be recorded later than it happened: `occurredAt` says when (see event-times.ts). */
const timed = <T extends string>(type: T) => z.strictObject({ type: z.literal(type), occurredAt: instant('it happened').optional() });

/** What an officer (or the system, for EXPIRE) does to a case. Payloads carry only what the rules need. */
export const CaseEvent = z.discriminatedUnion('type', [
  bare('SCREEN'),
  // `occurredAt`: when the check was made, if the officer gave it (recorded later, from paper notes).
  z.strictObject({ type: z.literal('CHECK_ELIGIBILITY'), result: EligibilityResult, occurredAt: instant('it was assessed').optional() }),
  bare('MARK_INELIGIBLE'),
  timed('DETAIN'),
  bare('SERVE_NOTICE'),
  timed('REFER_TO_FRANCE'),
  bare('MARK_EXCEPTIONAL'),
  timed('RECORD_FRANCE_ACCEPTANCE'),
  bare('RECORD_FRANCE_REFUSAL'),
  bare('RECORD_NO_RESPONSE'),
  timed('DECIDE_INADMISSIBILITY'),
  z.strictObject({ type: z.literal('SCHEDULE_REMOVAL'), removalAt: instant('of the removal') }),
  timed('CONFIRM_REMOVAL'),
  bare('RELEASE_TO_ASYLUM'),
  z.strictObject({ type: z.literal('RAISE_BARRIER'), barrier: CaseBarrier }),
  z.strictObject({ type: z.literal('LIFT_BARRIER'), barrier: CaseBarrier, release: z.boolean().default(false) }),
  bare('EXPIRE'),
]);
export type CaseEvent = z.input<typeof CaseEvent>;
export type CaseEventType = CaseEvent['type'];

/** The officer-facing name of each event, e.g. for its button. */
export const CASE_EVENT_LABELS: Record<CaseEventType, string> = {
  SCREEN: 'Record screening',
  CHECK_ELIGIBILITY: 'Record the eligibility check',
  MARK_INELIGIBLE: 'Mark not eligible',
  DETAIN: 'Record detention',
  SERVE_NOTICE: 'Record notice served',
  REFER_TO_FRANCE: 'Send the readmission request to France',
  MARK_EXCEPTIONAL: "Mark France's answer as exceptional (28 days)",
  RECORD_FRANCE_ACCEPTANCE: 'Record acceptance by France',
  RECORD_FRANCE_REFUSAL: 'Record refusal by France',
  RECORD_NO_RESPONSE: 'Record no answer from France',
  DECIDE_INADMISSIBILITY: 'Record the inadmissibility decision',
  SCHEDULE_REMOVAL: 'Schedule the removal',
  CONFIRM_REMOVAL: 'Confirm the removal',
  RELEASE_TO_ASYLUM: 'Release to the asylum route',
  RAISE_BARRIER: 'Record a barrier (pauses the case)',
  LIFT_BARRIER: 'Lift a barrier',
  EXPIRE: 'Expire (3-month limit passed)',
};

/** An action as the officer knows it where it is taken: scheduling again is "Reschedule the removal". */
export function caseEventLabel(type: CaseEventType, from: ReturnCaseState): string {
  return type === 'SCHEDULE_REMOVAL' && from === 'REMOVAL_SCHEDULED' ? 'Reschedule the removal' : CASE_EVENT_LABELS[type];
}

/** Who moved the case, when, why, and from where to where: one line of its audit trail. */
export const CaseHistoryEntry = z.strictObject({
  at: instant('of the change'),
  actor: z.string().trim().min(1, { error: 'Record who made the change' }).max(80),
  event: CaseEvent,
  from: ReturnCaseState,
  to: ReturnCaseState,
  reason: z.string().trim().max(2000).nullable(),
});
export type CaseHistoryEntry = z.output<typeof CaseHistoryEntry>;

/**
 * The case itself. Only the dates the deadlines need are kept as fields; everything else
 * is in `history`. `pausedFrom` and `activeBarriers` are set exactly when the case is PAUSED.
 */
export const ReturnCase = z
  .strictObject({
    state: ReturnCaseState,
    arrivedAt: instant('of arrival'),
    eligibility: EligibilityResult.nullable().default(null),
    detainedAt: instant('of detention').nullable().default(null),
    referralSentAt: instant('the readmission request was sent').nullable().default(null),
    franceAnswerExceptional: z.boolean().default(false),
    removalScheduledFor: instant('the removal is scheduled for').nullable().default(null),
    removedAt: instant('of the removal').nullable().default(null),
    pausedFrom: ReturnCaseState.nullable().default(null),
    activeBarriers: z.array(CaseBarrier).default([]),
    history: z.array(CaseHistoryEntry).default([]),
  })
  .superRefine((c, ctx) => {
    const paused = c.state === 'PAUSED';
    if (paused && (!c.pausedFrom || c.activeBarriers.length === 0)) {
      ctx.addIssue({ code: 'custom', path: ['activeBarriers'], message: 'A paused case needs the state it was paused from and at least one barrier' });
    }
    if (!paused && (c.pausedFrom || c.activeBarriers.length > 0)) {
      ctx.addIssue({ code: 'custom', path: ['pausedFrom'], message: 'Only a paused case has barriers or a paused-from state' });
    }
    if (c.pausedFrom === 'PAUSED' || (c.pausedFrom && isTerminalState(c.pausedFrom))) {
      ctx.addIssue({ code: 'custom', path: ['pausedFrom'], message: 'A case can only be paused from an open state' });
    }
    if (new Set(c.activeBarriers).size !== c.activeBarriers.length) {
      ctx.addIssue({ code: 'custom', path: ['activeBarriers'], message: 'A barrier is listed twice' });
    }
  });
export type ReturnCase = z.output<typeof ReturnCase>;

/** A new case in ARRIVED, its clocks started by the arrival time. */
export function newReturnCase(arrivedAt: Instant): ReturnCase {
  return ReturnCase.parse({ state: 'ARRIVED', arrivedAt: toUtcIso(arrivedAt) });
}
