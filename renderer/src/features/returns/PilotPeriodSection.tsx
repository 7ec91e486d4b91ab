import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AppError } from '../../../../shared/domain/errors';
import { pilotRunsUntilLine, SetPilotEndInput, type PilotPeriod } from '../../../../shared/domain/returns/pilot-period';
import { call } from '../../api/client';
import { useRefusal } from '../../app/session-store';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { RoleNote } from '../../ui/RoleNote';
import { BusyButton } from '../../ui/BusyButton';

const resolver = schemaResolver(SetPilotEndInput, (v: { runsUntil: string }) => ({ runsUntil: v.runsUntil }));

/** The pilot's last day, and the supervisor's form to record a renewal (or an earlier end). */
export function PilotPeriodSection({ period, onChanged }: { period: PilotPeriod; onChanged(period: PilotPeriod): void }) {
  const refusal = useRefusal('returns.setPilotEnd');
  const form = useForm<{ runsUntil: string }, unknown, z.output<typeof SetPilotEndInput>>({ defaultValues: { runsUntil: period.runsUntil }, resolver });
  async function save(input: z.output<typeof SetPilotEndInput>) {
    try {
      onChanged(await call('returns.setPilotEnd', input));
      form.reset({ runsUntil: input.runsUntil });
    } catch (error) {
      const message = error instanceof AppError ? (error.issues[0]?.message ?? error.message) : "Could not record the pilot's end";
      form.setError('runsUntil', { type: 'server', message }, { shouldFocus: true });
    }
  }
  return (
    <section aria-labelledby="pilot-period-title">
      <h2 id="pilot-period-title">The pilot&apos;s end</h2>
      {!period.ended && <p data-testid="pilot-runs-until">{pilotRunsUntilLine(period)}</p>}
      <form className="cap-form" aria-label="Record the pilot's end" noValidate onSubmit={(e) => void form.handleSubmit(save)(e)}>
        <Field label="Last day of the pilot" error={form.formState.errors.runsUntil?.message} hint="When the pilot is renewed, or ended early">
          <input type="date" disabled={Boolean(refusal)} {...form.register('runsUntil')} />
        </Field>
        <BusyButton type="submit" className="button" disabled={Boolean(refusal)} busy={form.formState.isSubmitting}>
          Record the end date
        </BusyButton>
        <RoleNote refusal={refusal} />
      </form>
    </section>
  );
}
