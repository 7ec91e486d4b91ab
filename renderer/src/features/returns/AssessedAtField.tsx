import { useFormContext, useWatch } from 'react-hook-form';
import type { ReturnCase } from '../../../../shared/domain/returns/case-states';
import { asSentence, assessedAtProblem } from '../../../../shared/domain/returns/event-times';
import { assessmentTimeWarning } from '../../../../shared/domain/returns/referral-status';
import { toUtcIso, ukLocalToUtcIso } from '../../../../shared/domain/time';
import { Field } from '../../ui/Field';
import { FormUkDateTimeInput } from '../../ui/forms/FormUkDateTimeInput';
import type { ChecklistValues } from './checklist-values';

interface AssessedAtFieldProps {
  /** The case's recorded times: the check cannot be before the arrival; the 14-day limit runs from it. */
  times: Pick<ReturnCase, 'state' | 'arrivedAt' | 'detainedAt' | 'referralSentAt' | 'history'>;
}

/**
 * When the check was made, for a check recorded later (from paper notes): the 14-day limit is
 * judged by it. A time in the future or before the arrival is said as it is picked, in the
 * engine's words; a check that would find the request out of time is warned about.
 */
export function AssessedAtField({ times }: AssessedAtFieldProps) {
  const {
    control,
    formState: { errors },
  } = useFormContext<ChecklistValues>();
  const typed = useWatch({ control, name: 'assessedAt' });
  const at = typed ? (ukLocalToUtcIso(typed) ?? null) : null;
  const now = toUtcIso(new Date());
  const problem = at ? assessedAtProblem(times, at, now) : null;
  const warning = problem ? null : assessmentTimeWarning(times, at, now);
  return (
    <Field
      label="When was it assessed? (UK, optional)"
      error={errors.assessedAt?.message ?? (problem ? asSentence(problem) : undefined)}
      warning={warning}
      hint="Leave empty if you are assessing now. If you are recording a check made earlier, give the time it was made: the 14-day limit is judged by it."
    >
      <FormUkDateTimeInput control={control} name="assessedAt" />
    </Field>
  );
}
