import { useForm } from 'react-hook-form';
import type { z } from 'zod';
import { countOf } from '../../../../shared/domain/count-words';
import { AppError } from '../../../../shared/domain/errors';
import { IDLE_LOCK_MINUTES, SetIdleLockInput } from '../../../../shared/domain/session';
import { useRefusal, useSessionStore } from '../../app/session-store';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { RoleNote } from '../../ui/RoleNote';

const resolver = schemaResolver(SetIdleLockInput, (v: { minutes: string }) => ({ minutes: v.minutes.trim() === '' ? undefined : Number(v.minutes) }));

/** How long the app waits without activity before it locks (a supervisor's setting for this device). */
export function IdleLockSettings() {
  const { status, setIdleLock } = useSessionStore();
  const refusal = useRefusal('session.setIdleLock');
  const current = status?.idleLockMinutes ?? IDLE_LOCK_MINUTES.default;
  const form = useForm<{ minutes: string }, unknown, z.output<typeof SetIdleLockInput>>({ values: { minutes: String(current) }, resolver });
  const save = form.handleSubmit(async (input) => {
    try {
      await setIdleLock(input.minutes);
    } catch (error) {
      form.setError('minutes', { type: 'server', message: error instanceof AppError ? (error.issues[0]?.message ?? error.message) : 'Could not change the idle lock' });
    }
  });
  return (
    <section className="form" aria-labelledby="idle-lock-title">
      <h2 id="idle-lock-title">Idle lock</h2>
      <p className="muted">The app locks after {countOf(current, 'minute')} without keyboard or mouse activity; nothing is shown until an officer signs in again.</p>
      <RoleNote refusal={refusal} />
      <form onSubmit={(e) => void save(e)} noValidate className="inline-form">
        <Field label="Minutes without activity" error={form.formState.errors.minutes?.message} hint={`${IDLE_LOCK_MINUTES.min} to ${IDLE_LOCK_MINUTES.max}`}>
          <input type="number" inputMode="numeric" min={IDLE_LOCK_MINUTES.min} max={IDLE_LOCK_MINUTES.max} disabled={Boolean(refusal)} {...form.register('minutes')} />
        </Field>
        <button className="button" type="submit" disabled={Boolean(refusal) || form.formState.isSubmitting}>
          Change the idle lock
        </button>
      </form>
    </section>
  );
}
