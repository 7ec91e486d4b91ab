import { useFormContext } from 'react-hook-form';
import { CONDITION_LABELS, CONDITION_STATUS_LABELS, CONDITION_STATUSES, type EligibilityCondition } from '../../../../shared/domain/returns/eligibility-conditions';
import { Field } from '../../ui/Field';
import type { ChecklistValues } from './checklist-values';

/** Conditions the engine also reads from the person's record (eligibility.ts): said, so nobody re-types them. */
const ALSO_FROM_RECORD: ReadonlySet<EligibilityCondition> = new Set(['THIRD_COUNTRY_NATIONAL', 'SMALL_BOAT_FROM_FRANCE', 'ADULT_OR_ACCOMPANIED_MINOR', 'REFERRAL_IN_TIME']);

/** One treaty condition: met / not met / unknown, and a note (needed when not met). */
export function ConditionFields({ condition }: { condition: EligibilityCondition }) {
  const {
    register,
    formState: { errors },
  } = useFormContext<ChecklistValues>();
  const error = errors.conditions?.[condition];
  return (
    <fieldset className="condition">
      <legend>{CONDITION_LABELS[condition]}</legend>
      {ALSO_FROM_RECORD.has(condition) && <p className="field__hint">Also checked against the person&apos;s record; the more cautious answer wins.</p>}
      <div className="condition__fields">
        <Field label="Status" error={error?.status?.message}>
          <select {...register(`conditions.${condition}.status`, { deps: [`conditions.${condition}.note`] })}>
            <option value="">Not recorded</option>
            {CONDITION_STATUSES.map((s) => (
              <option key={s} value={s}>
                {CONDITION_STATUS_LABELS[s]}
              </option>
            ))}
          </select>
        </Field>
        <Field label="Note" error={error?.note?.message}>
          <input type="text" autoComplete="off" {...register(`conditions.${condition}.note`)} />
        </Field>
      </div>
    </fieldset>
  );
}
