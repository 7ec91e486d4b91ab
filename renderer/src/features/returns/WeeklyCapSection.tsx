import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AppError } from '../../../../shared/domain/errors';
import { SetWeeklyCapInput, type WeeklyCapView } from '../../../../shared/domain/returns/returns-queries';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { StatCard } from '../../ui/StatCard';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { weekSpan } from './balance-weeks';
import { useRefusal } from '../../app/session-store';
import { WeeksAtCapNotice } from './WeeksAtCapNotice';
import { RoleNote } from '../../ui/RoleNote';
import { BusyButton } from '../../ui/BusyButton';

const resolver = schemaResolver(SetWeeklyCapInput, (v: { cap: string }) => ({ cap: v.cap.trim() === '' ? undefined : Number(v.cap) }));

/** Removals this UK week against the cap, weeks to come already full, and the cap itself (a setting; a warning, never a block). */
export function WeeklyCapSection({ cap, onChanged }: { cap: WeeklyCapView; onChanged(cap: WeeklyCapView): void }) {
  const refusal = useRefusal('returns.setWeeklyCap');
  const form = useForm<{ cap: string }, unknown, z.output<typeof SetWeeklyCapInput>>({ defaultValues: { cap: String(cap.cap) }, resolver });
  async function save(input: z.output<typeof SetWeeklyCapInput>) {
    try {
      onChanged(await call('returns.setWeeklyCap', input));
      form.reset({ cap: String(input.cap) });
    } catch (error) {
      const message = error instanceof AppError ? (error.issues[0]?.message ?? error.message) : 'Could not change the cap';
      form.setError('cap', { type: 'server', message }, { shouldFocus: true });
    }
  }
  const note = cap.warning ?? `${cap.remaining} ${cap.remaining === 1 ? 'place' : 'places'} left this week`;
  return (
    <section aria-labelledby="weekly-cap-title">
      <h2 id="weekly-cap-title">Removals this week</h2>
      <div className="returns-cap">
        <div className="stat-grid">
          <StatCard
            label={`This week: ${weekSpan(cap.weekStart)}`}
            value={<span data-testid="weekly-cap-count">{`${cap.count} of ${cap.cap}`}</span>}
            note={note}
            {...(cap.full ? { tone: 'alert' as const } : {})}
          />
        </div>
        <form className="cap-form" aria-label="Change the weekly cap" noValidate onSubmit={(e) => void form.handleSubmit(save)(e)}>
          <Field label="Weekly cap" error={form.formState.errors.cap?.message} hint="A warning only, 1 to 1,000">
            <input type="number" inputMode="numeric" min={1} max={1000} disabled={Boolean(refusal)} {...form.register('cap')} />
          </Field>
          <BusyButton type="submit" className="button" disabled={Boolean(refusal)} busy={form.formState.isSubmitting}>
            Change the cap
          </BusyButton>
          <RoleNote refusal={refusal} />
        </form>
      </div>
      <WeeksAtCapNotice cap={cap.cap} />
    </section>
  );
}
