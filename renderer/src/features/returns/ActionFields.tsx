import { useFormContext, useWatch } from 'react-hook-form';
import { BARRIER_LABELS, CASE_BARRIERS, type CaseBarrier, type CaseEventType } from '../../../../shared/domain/returns/case-states';
import { removalTimeProblem } from '../../../../shared/domain/returns/case-machine';
import { occurredAtProblem, TIMED_EVENTS } from '../../../../shared/domain/returns/event-times';
import { pastRemovalTimeWarning } from '../../../../shared/domain/returns/past-removal-time';
import { removalTimingWarning } from '../../../../shared/domain/returns/removal-timing';
import type { ReturnCase } from '../../../../shared/domain/returns/case-states';
import { formatUkDateTime, toUtcIso, ukLocalToUtcIso } from '../../../../shared/domain/time';
import { useRefusal } from '../../app/session-store';
import { CheckboxField } from '../../ui/CheckboxField';
import { Field } from '../../ui/Field';
import { FormUkDateTimeInput } from '../../ui/forms/FormUkDateTimeInput';
import type { ActionValues } from './action-values';
import { WeekCapHint } from './WeekCapHint';
import { RoleNote } from '../../ui/RoleNote';

interface ActionFieldsProps {
  type: CaseEventType;
  /** The case acted on: left out of its own week's count. */
  caseId: string;
  /** The case's recorded times and steps: a removal, or a step recorded late, cannot be before them; a confirmed removal is compared with its schedule. */
  times: Pick<ReturnCase, 'arrivedAt' | 'detainedAt' | 'referralSentAt' | 'history' | 'removalScheduledFor'>;
  activeBarriers: readonly CaseBarrier[];
  /** The 3-month limit, shown beside the removal time. */
  limitText: string | null;
}

const sentence = (text: string) => text.charAt(0).toUpperCase() + text.slice(1) + '.';

/** The details an event needs: a removal time, which barrier, whether to release. */
export function ActionFields({ type, caseId, times, activeBarriers, limitText }: ActionFieldsProps) {
  const { arrivedAt } = times;
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<ActionValues>();
  const removalAt = useWatch({ control, name: 'event.removalAt' });
  const occurredAt = useWatch({ control, name: 'event.occurredAt' });
  const occurredAtIso = occurredAt ? ukLocalToUtcIso(occurredAt) : undefined;
  const now = toUtcIso(new Date());
  const occurredProblem = TIMED_EVENTS.has(type) && occurredAtIso ? occurredAtProblem(times, occurredAtIso, now) : null;
  // Only a warning, and only once the time itself is valid: a removal far from its schedule may still be right.
  const timingWarning = type === 'CONFIRM_REMOVAL' && !occurredProblem ? removalTimingWarning(times, occurredAtIso ?? null, now) : null;
  // Said while the time is picked, in the machine's own words, rather than only on Confirm.
  const removalAtIso = removalAt ? ukLocalToUtcIso(removalAt) : undefined;
  const problem = type === 'SCHEDULE_REMOVAL' && removalAtIso ? removalTimeProblem({ arrivedAt }, removalAtIso) : null;
  const pastWarning = type === 'SCHEDULE_REMOVAL' && removalAtIso && !problem ? pastRemovalTimeWarning(removalAtIso, now) : null;
  const hint = `After the arrival (${formatUkDateTime(arrivedAt)})${limitText ? ` and by ${limitText}, the 3-month limit` : ''}`;
  const barriers = type === 'LIFT_BARRIER' ? activeBarriers : CASE_BARRIERS.filter((b) => !activeBarriers.includes(b));
  // Releasing is a supervisor's decision however it is reached (shared/domain/roles.ts): the tick says so, as the engine would.
  const releaseRefusal = useRefusal('returns.applyEvent', { event: { type: 'LIFT_BARRIER', release: true } });
  return (
    <>
      {type === 'SCHEDULE_REMOVAL' && (
        <Field
          label="Removal date and time (UK)"
          error={errors.event?.removalAt?.message ?? (problem ? sentence(problem) : undefined)}
          warning={pastWarning}
          hint={hint}
        >
          <FormUkDateTimeInput control={control} name="event.removalAt" />
        </Field>
      )}
      {type === 'SCHEDULE_REMOVAL' && <WeekCapHint removalAtLocal={removalAt} caseId={caseId} />}
      {TIMED_EVENTS.has(type) && (
        <Field
          label="When it happened (UK, optional)"
          error={errors.event?.occurredAt?.message ?? (occurredProblem ? sentence(occurredProblem) : undefined)}
          warning={timingWarning}
          hint="Leave empty if it is happening now. Give the time when recording it later: deadlines are judged by it."
        >
          <FormUkDateTimeInput control={control} name="event.occurredAt" />
        </Field>
      )}
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
      {type === 'LIFT_BARRIER' && (
        <CheckboxField label="Release to the asylum route instead of resuming the case" disabled={Boolean(releaseRefusal)} {...register('event.release')} />
      )}
      {type === 'LIFT_BARRIER' && <RoleNote refusal={releaseRefusal} />}
    </>
  );
}
