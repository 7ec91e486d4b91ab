import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ParsedInput } from '../../../../shared/api';
import { SignInInput } from '../../../../shared/domain/session';
import { useSessionStore } from '../../app/session-store';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { refusalText } from './refusal-text';

type Values = { username: string; password: string };

/** Username and password; the engine tries the centre first and the device's cached verifier when offline. */
export function SignInForm({ username = '' }: { username?: string }) {
  const signIn = useSessionStore((s) => s.signIn);
  const [failure, setFailure] = useState<string | null>(null);
  const form = useForm<Values, unknown, ParsedInput<'session.signIn'>>({
    defaultValues: { username, password: '' },
    resolver: schemaResolver(SignInInput, (v) => v),
  });
  const submit = form.handleSubmit(async (input) => {
    setFailure(null);
    try {
      await signIn(input);
    } catch (error) {
      setFailure(refusalText(error));
      form.resetField('password');
      form.setFocus('password');
    }
    // A field left empty is said beside it; the last attempt's refusal no longer applies.
  }, () => setFailure(null));
  return (
    <form className="form sign-in__form" aria-label="Sign in" noValidate onSubmit={(e) => void submit(e)}>
      <ErrorBanner message={failure} />
      <Field label="Username" error={form.formState.errors.username?.message}>
        <input autoComplete="username" autoCapitalize="none" spellCheck={false} autoFocus={!username} {...form.register('username')} />
      </Field>
      <Field label="Password" error={form.formState.errors.password?.message}>
        <input type="password" autoComplete="current-password" autoFocus={Boolean(username)} {...form.register('password')} />
      </Field>
      <button type="submit" className="button button--primary" disabled={form.formState.isSubmitting}>
        {form.formState.isSubmitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}
