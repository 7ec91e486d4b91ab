import { useState } from 'react';
import { useForm } from 'react-hook-form';
import type { ParsedInput } from '../../../../shared/api';
import { AppError } from '../../../../shared/domain/errors';
import { SyncConfigure, SyncEnrol } from '../../../../shared/domain/sync-status';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { useSyncStore } from '../sync/sync-store';
import { useRefusal } from '../../app/session-store';
import { BusyButton } from '../../ui/BusyButton';
import { RoleNote } from '../../ui/RoleNote';

/**
 * The central API's address, and enrolment of this device with a one-time code: a
 * supervisor's settings, or (`setup`) a new device's first step before anyone can sign in.
 * `onEnrolled` hears the address the device enrolled with (the sign-in screen's setup
 * panel closes then, so it says so itself).
 */
export function SyncSettings({ setup = false, onEnrolled }: { setup?: boolean; onEnrolled?: (apiUrl: string) => void }) {
  const { status, refresh } = useSyncStore();
  const roleRefusal = useRefusal('sync.configure');
  const refusal = setup ? null : roleRefusal;
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const address = useForm<{ apiUrl: string }, unknown, ParsedInput<'sync.configure'>>({
    values: { apiUrl: status?.apiUrl?.replace(/\/$/, '') ?? '' },
    resolver: schemaResolver(SyncConfigure, (v) => v),
  });
  const enrolment = useForm<{ code: string }, unknown, ParsedInput<'sync.enrol'>>({
    defaultValues: { code: '' },
    resolver: schemaResolver(SyncEnrol, (v) => v),
  });

  const saveAddress = address.handleSubmit(async (input) => {
    setFailure(null);
    setMessage(null);
    try {
      const status = await call('sync.configure', input);
      setMessage(
        status.enrolled
          ? 'Address saved. This device stays enrolled: the centre at this address knows it, or will be asked at the next sync.'
          : 'Address saved. Now enrol this device with the code from your administrator.',
      );
      await refresh();
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Could not save the address');
    }
  });
  // An officer types the address and the code and presses Enrol: the address as typed is
  // checked and saved first (the engine leaves an unchanged one alone), so there is no
  // hidden "save the address first" step. A missing code and a bad address show together.
  const enrol = enrolment.handleSubmit(async (input) => {
    setFailure(null);
    setMessage(null);
    if (!(await address.trigger('apiUrl'))) return;
    try {
      const saved = await call('sync.configure', address.getValues());
      await call('sync.enrol', input);
      const apiUrl = saved.apiUrl?.replace(/\/$/, '') ?? '';
      enrolment.reset({ code: '' });
      setMessage(`This device is enrolled with ${apiUrl}. Records will be sent whenever the central API can be reached.`);
      onEnrolled?.(apiUrl);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') enrolment.setError('code', { message: error.message });
      else setFailure(error instanceof Error ? error.message : 'Enrolment failed');
    } finally {
      // The address may have been saved although the code was refused.
      await refresh();
    }
  }, () => void address.trigger('apiUrl'));

  const enrolledAndAccepted = Boolean(status?.enrolled) && status?.activity !== 'refused';
  const enrolForm = (
    <form onSubmit={enrol} noValidate className="inline-form">
      <Field label="Enrolment code" error={enrolment.formState.errors.code?.message} hint="One-time code from your administrator">
        <input autoComplete="off" disabled={Boolean(refusal)} {...enrolment.register('code')} />
      </Field>
      <BusyButton className={`button${enrolledAndAccepted ? '' : ' button--primary'}`} type="submit" disabled={Boolean(refusal)} busy={enrolment.formState.isSubmitting}>
        {enrolment.formState.isSubmitting ? 'Enrolling…' : 'Enrol this device'}
      </BusyButton>
    </form>
  );

  return (
    <section className="form" aria-labelledby="sync-settings-title">
      <h2 id="sync-settings-title">Central API and sync</h2>
      <RoleNote refusal={refusal} />
      <ErrorBanner message={failure} />
      {message && (
        <div className="banner banner--ok" role="status">
          {message}
        </div>
      )}
      <form onSubmit={saveAddress} noValidate className="inline-form">
        <Field label="Central API address" error={address.formState.errors.apiUrl?.message} hint="https://…, or http://127.0.0.1:… for a central API on this computer">
          <input autoComplete="off" disabled={Boolean(refusal)} {...address.register('apiUrl')} />
        </Field>
        <BusyButton className="button" type="submit" disabled={Boolean(refusal)} busy={address.formState.isSubmitting}>
          {/* An enrolled device asks the centre at the new address whether it knows it: up to 10 s on a bad link. */}
          {address.formState.isSubmitting ? 'Checking the address…' : 'Save address'}
        </BusyButton>
      </form>
      {status?.activity === 'refused' ? (
        <p className="banner banner--error" data-testid="device-refused">
          This device was enrolled with {status.apiUrl}, but the centre no longer accepts it (an administrator revoked it, or the centre does not
          recognise it). Nothing is sent or received until it is enrolled again:{' '}
          {/* An officer cannot use the form below: telling them to would send them to a dead end. */}
          {refusal ? 'ask a supervisor to enter a new enrolment code from an administrator here.' : 'ask an administrator for a new enrolment code and enter it below.'} What
          is recorded meanwhile stays on this laptop and is sent then.
        </p>
      ) : (
        <p>
          This device is <strong>{status?.enrolled ? 'enrolled' : 'not enrolled'}</strong>
          {status?.apiUrl ? ` with ${status.apiUrl}` : ''}.
        </p>
      )}
      {/* An enrolled device the centre accepts needs no code: the form stays at hand, folded, not as the page's main action. */}
      {enrolledAndAccepted ? (
        <details className="enrol-again">
          <summary>Enrol again with a new code</summary>
          <p className="muted">Only when an administrator asks: this device is enrolled and the centre accepts it.</p>
          {enrolForm}
        </details>
      ) : (
        enrolForm
      )}
    </section>
  );
}
