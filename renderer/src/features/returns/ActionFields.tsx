import { useFormContext, useWatch } from 'react-hook-form';
import { BARRIER_LABELS, CASE_BARRIERS, type CaseBarrier, type CaseEventType } from '../../../../shared/domain/returns/case-states';
import { CheckboxField } from '../../ui/CheckboxField';
import { Field } from '../../ui/Field';
import type { ActionValues } from './action-values';
import { WeekCapHint } from './WeekCapHint';

interface ActionFieldsProps {
  type: CaseEventType;
  activeBarriers: readonly CaseBarrier[];
  /** The 3-month limit, shown beside the removal time. */
  limitText: string | null;
}

/** The details an event needs: a removal time, which barrier, whether to release. */
export function ActionFields({ type, activeBarriers, limitText }: ActionFieldsProps) {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ActionValues>();
  const removalAt = useWatch({ control, name: 'event.removalAt' });
  const barriers = type === 'LIFT_BARRIER' ? activeBarriers : CASE_BARRIERS.filter((b) => !activeBarriers.includes(b));
  return (
    <>
      {type === 'SCHEDULE_REMOVAL' && (
        <Field label="Removal date and time (UK)" error={errors.event?.removalAt?.message} {...(limitText ? { hint: `Must be by ${limitText}, the 3-month limit` } : {})}>
          <input type="datetime-local" {...register('event.removalAt')} />
        </Field>
      )}
      {type === 'SCHEDULE_REMOVAL' && <WeekCapHint removalAtLocal={removalAt} />}
      {(type === 'RAISE_BARRIER' || type === 'LIFT_BARRIER') && (
        <Field label="Barrier" error={errors.event?.barrier?.message}>
          <select {...register('event.barrier')}>
            <option value="">Choose…</option>
            {barriers.map((b) => (
              <option key={b} value={b}>
                {BARRIER_LABELS[b]}
              </option>
            ))}
          </select>
        </Field>
      )}
      {type === 'LIFT_BARRIER' && <CheckboxField label="Release to the asylum route instead of resuming the case" {...register('event.release')} />}
    </>
  );
}
