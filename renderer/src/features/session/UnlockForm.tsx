import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ParsedInput } from '../../../../shared/api';
import { UnlockInput, type SessionOfficer } from '../../../../shared/domain/session';
import { useSessionStore } from '../../app/session-store';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { refusalText } from './refusal-text';

/** The locked officer's password only; anyone else uses "Switch officer". */
export function UnlockForm({ officer }: { officer: SessionOfficer }) {
  const unlock = useSessionStore((s) => s.unlock);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<{ password: string }, unknown, ParsedInput<'session.unlock'>>({
    defaultValues: { password: '' },
    resolver: schemaResolver(UnlockInput, (v) => v),
  });
  const submit = form.handleSubmit(async (input) => {
    setFailure(null);
    try {
      await unlock(input);
    } catch (error) {
      setFailure(refusalText(error));
      form.resetField('password');
      form.setFocus('password');
    }
    // A field left empty is said beside it; the last attempt's refusal no longer applies.
  }, () => setFailure(null));
  return (
    <form className="form sign-in__form" aria-label="Unlock" noValidate onSubmit={(e) => void submit(e)}>
      <p>
        Locked by <strong>{officer.name}</strong> ({officer.username}). Enter your password to carry on.
      </p>
      <ErrorBanner message={failure} />
      <Field label="Password" error={form.formState.errors.password?.message}>
        <input type="password" autoComplete="current-password" autoFocus {...form.register('password')} />
      </Field>
      <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Unlocking…' : 'Unlock'}
      </button>
    </form>
  );
}
