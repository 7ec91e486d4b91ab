import { type ConditionStatus, ELIGIBILITY_CONDITIONS, type EligibilityCondition } from '../../../../shared/domain/returns/eligibility-conditions';
import type { ReturnsCaseRecord } from '../../../../shared/domain/returns/returns-case-record';
import { typedInstant } from './action-values';

/** Per condition, the status as chosen ('' = not recorded) and the note. */
export type ConditionValues = Record<EligibilityCondition, { status: ConditionStatus | ''; note: string }>;

/**
 * What the checklist form holds, named like the contract's paths (`conditions.X.note`,
 * `assessedAt`) so the engine's messages land beside the right field. `assessedAt` is the
 * UK local time typed in its datetime-local field; blank means the check is made now.
 */
export interface ChecklistValues {
  conditions: ConditionValues;
  assessedAt: string;
}

/** The last recording's conditions; the time starts blank, since a new check is made now unless the officer says otherwise. */
export function checklistValues(c: ReturnsCaseRecord): ChecklistValues {
  const conditions = Object.fromEntries(
    ELIGIBILITY_CONDITIONS.map((k) => [k, { status: c.eligibilityConditions[k]?.status ?? '', note: c.eligibilityConditions[k]?.note ?? '' }]),
  ) as ConditionValues;
  return { conditions, assessedAt: '' };
}

/**
 * The contract's shape: a condition left "not recorded" is left out, so facts from the
 * person's record decide it alone. A note with no status keeps the condition, so the
 * schema asks for its status rather than dropping the note silently.
 */
export function toRecordedConditions(values: ConditionValues): Record<string, unknown> {
  const recorded: Record<string, unknown> = {};
  for (const k of ELIGIBILITY_CONDITIONS) {
    const { status, note } = values[k];
    if (status !== '' || note.trim() !== '') recorded[k] = { status: status || undefined, note };
  }
  return recorded;
}

/** The contract's input for `returns.recordEligibility` without the case's id and version; a blank time stays undefined (now). */
export function toChecklistInput(values: ChecklistValues): Record<string, unknown> {
  return { conditions: toRecordedConditions(values.conditions), assessedAt: typedInstant(values.assessedAt) };
}
