import { z } from 'zod';

/*
 * The treaty conditions an officer records for a returns case (treaty art. 3–4, DOMAIN.md
 * "Who may be returned"). They live in shared/ so the checklist form, the contract and the
 * engine's assessment (electron/core/returns/eligibility.ts) name them the same way.
 */

export const ELIGIBILITY_CONDITIONS = [
  'THIRD_COUNTRY_NATIONAL',
  'SMALL_BOAT_FROM_FRANCE',
  'ADULT_OR_ACCOMPANIED_MINOR',
  'ENTERED_DIRECTLY_FROM_FRANCE',
  'NO_PROTECTION_CLAIM',
  'NO_HUMAN_RIGHTS_BAR',
  'NOT_A_THREAT',
  'REFERRAL_IN_TIME',
] as const;
export type EligibilityCondition = (typeof ELIGIBILITY_CONDITIONS)[number];

export const CONDITION_LABELS: Record<EligibilityCondition, string> = {
  THIRD_COUNTRY_NATIONAL: 'Third-country national (not an EU citizen)',
  SMALL_BOAT_FROM_FRANCE: 'Arrived by a small-boat crossing from France',
  ADULT_OR_ACCOMPANIED_MINOR: 'Adult, or a child travelling with family',
  ENTERED_DIRECTLY_FROM_FRANCE: 'Entered the UK immediately after staying in or transiting France',
  NO_PROTECTION_CLAIM: 'No protection claim at transfer (none made, withdrawn, or declared inadmissible)',
  NO_HUMAN_RIGHTS_BAR: 'No outstanding human-rights claim, suspensive appeal, injunction or court order',
  NOT_A_THREAT: 'Not a public-order or national-security threat',
  REFERRAL_IN_TIME: 'Readmission request sent within 14 days of arrival',
};

export const CONDITION_STATUSES = ['met', 'not_met', 'unknown'] as const;
export const ConditionStatus = z.enum(CONDITION_STATUSES, { error: 'Choose met, not met or unknown' });
export type ConditionStatus = z.infer<typeof ConditionStatus>;

export const CONDITION_STATUS_LABELS: Record<ConditionStatus, string> = { met: 'Met', not_met: 'Not met', unknown: 'Unknown' };

/** One condition as the officer recorded it. "Not met" needs a note: it takes the person out of the pilot. */
export const RecordedCondition = z
  .strictObject({
    status: ConditionStatus,
    note: z.string({ error: 'The note must be text' }).trim().max(1000, { error: 'A note can be at most 1,000 characters' }).default(''),
  })
  .refine((c) => c.status !== 'not_met' || c.note !== '', { path: ['note'], error: 'Say why this condition is not met' });
export interface RecordedCondition {
  status: ConditionStatus;
  note?: string;
}

/** Every condition is optional: one not yet recorded counts as unknown. */
export const RecordedConditions = z.strictObject(
  Object.fromEntries(ELIGIBILITY_CONDITIONS.map((c) => [c, RecordedCondition.optional()])) as Record<EligibilityCondition, z.ZodOptional<typeof RecordedCondition>>,
);
export type RecordedConditions = Partial<Record<EligibilityCondition, RecordedCondition>>;

/** How the engine weighed one condition: see electron/core/returns/eligibility.ts. */
export const ConditionOutcome = z.object({
  status: ConditionStatus,
  source: z.enum(['facts', 'recorded', 'both', 'none']),
  detail: z.string(),
  note: z.string().optional(),
});
