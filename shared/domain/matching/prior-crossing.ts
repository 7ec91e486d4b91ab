import { z } from 'zod';
import { Uuid } from '../fields';
import { withoutInvisibleCharacters } from '../invisible-characters';
import { DOB_PRECISIONS } from '../reference/arrival-codes';
import { codesOf } from '../reference/options';

/*
 * The prior-crossing check (issue 4, item 6): has the person in front of the officer
 * crossed by small boat before, maybe under another spelling? The engine proposes ranked
 * candidates with its reasons; an officer confirms or dismisses each, and that decision is
 * a record like any other: audited and synced.
 */

export const MATCH_DECISIONS = ['CONFIRMED', 'DISMISSED'] as const;
export const MatchDecisionValue = z.enum(MATCH_DECISIONS, { error: 'Choose confirm or dismiss' });
export type MatchDecisionValue = z.infer<typeof MatchDecisionValue>;

export const DecideMatchInput = z.strictObject({
  subjectId: Uuid,
  candidateId: Uuid,
  decision: MatchDecisionValue,
  note: z
    .string({ error: 'The note must be text' })
    .overwrite(withoutInvisibleCharacters)
    .trim()
    .min(1, { error: 'Say why: what you checked, and what the person said' })
    .max(2000, { error: 'A note can be at most 2,000 characters' }),
});
export type DecideMatchInput = z.output<typeof DecideMatchInput>;

/** The stored decision (table match_decisions): the engine's score and reasons as the officer saw them. */
export const MatchDecision = z.object({
  id: z.string(),
  reference: z.string(),
  subjectId: z.string(),
  candidateId: z.string(),
  decision: MatchDecisionValue,
  note: z.string(),
  score: z.number(),
  reasons: z.array(z.string()),
  officer: z.string(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type MatchDecision = z.output<typeof MatchDecision>;

export const PriorCrossingCandidate = z.object({
  arrivalId: z.string(),
  reference: z.string(),
  name: z.string(),
  dateOfBirth: z.string().nullable(),
  dateOfBirthPrecision: z.enum(codesOf(DOB_PRECISIONS)),
  nationality: z.string().nullable(),
  arrivedAt: z.string().nullable(),
  /** 0..1; at or above the threshold the candidate is a probable prior crossing. */
  score: z.number(),
  probable: z.boolean(),
  reasons: z.array(z.string()),
  /** The candidate's returns case says REMOVED: this person would be a re-entry. */
  removedUnderPilot: z.boolean(),
  /** Recorded from the same boat as the person checked: the same crossing, not an earlier one (a person recorded twice, or a namesake aboard). */
  sameBoat: z.boolean(),
  /** The latest officer decision on this pair, if any. */
  decision: MatchDecision.nullable(),
  /** Decisions on this pair that a later one replaced, newest first: a changed mind stays on record. */
  earlierDecisions: z.array(MatchDecision),
});
export type PriorCrossingCandidate = z.output<typeof PriorCrossingCandidate>;

export const PriorCrossings = z.object({
  arrivalId: z.string(),
  threshold: z.number(),
  checkedAt: z.string(),
  candidates: z.array(PriorCrossingCandidate),
  /** Weaker candidates beyond the ones listed (many namesakes of a common name). */
  notListed: z.number().int(),
});
export type PriorCrossings = z.output<typeof PriorCrossings>;

/**
 * What a person's screen warns about. CLEAR: nothing undecided above the threshold;
 * POSSIBLE: probable candidates no officer has decided on yet; CONFIRMED: an officer
 * confirmed one.
 */
export const FlagStatus = z.enum(['CLEAR', 'POSSIBLE', 'CONFIRMED']);
export type FlagStatus = z.infer<typeof FlagStatus>;

export const FlagSummary = z.object({
  status: FlagStatus,
  /** Probable candidates not yet decided. */
  undecided: z.number().int(),
  confirmed: z.number().int(),
  /** Candidates below the threshold worth a look (a common name, a partial match). */
  weaker: z.number().int(),
  topScore: z.number().nullable(),
  checkedAt: z.string(),
});
export type FlagSummary = z.output<typeof FlagSummary>;

export const MatchFlags = z.object({
  arrivalId: z.string(),
  /** For a safe-route arrival: crossed by small boat before? Null for other routes. */
  priorCrossing: FlagSummary.nullable(),
  /** For a small-boat arrival: someone removed under the pilot, back again? Null for other routes. */
  reEntry: FlagSummary.nullable(),
});
export type MatchFlags = z.output<typeof MatchFlags>;

export const ArrivalIdInput = z.strictObject({ arrivalId: Uuid });
