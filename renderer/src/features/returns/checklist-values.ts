import { type ConditionStatus, ELIGIBILITY_CONDITIONS, type EligibilityCondition } from '../../../../shared/domain/returns/eligibility-conditions';
import type { ReturnsCaseRecord } from '../../../../shared/domain/returns/returns-case-record';

/** What the checklist form holds: per condition, the status as chosen ('' = not recorded) and the note. */
export type ChecklistValues = Record<EligibilityCondition, { status: ConditionStatus | ''; note: string }>;

export function checklistValues(c: ReturnsCaseRecord): ChecklistValues {
  return Object.fromEntries(
    ELIGIBILITY_CONDITIONS.map((k) => [k, { status: c.eligibilityConditions[k]?.status ?? '', note: c.eligibilityConditions[k]?.note ?? '' }]),
  ) as ChecklistValues;
}

/**
 * The contract's shape: a condition left "not recorded" is left out, so facts from the
 * person's record decide it alone. A note with no status keeps the condition, so the
 * schema asks for its status rather than dropping the note silently.
 */
export function toRecordedConditions(values: ChecklistValues): Record<string, unknown> {
  const recorded: Record<string, unknown> = {};
  for (const k of ELIGIBILITY_CONDITIONS) {
    const { status, note } = values[k];
    if (status !== '' || note.trim() !== '') recorded[k] = { status: status || undefined, note };
  }
  return recorded;
}
