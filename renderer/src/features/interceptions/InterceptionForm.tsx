import { useState } from 'react';
import { useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import type { ParsedInput } from '../../../../shared/api';
import { InterceptionInput } from '../../../../shared/domain/interception';
import { AppError } from '../../../../shared/domain/errors';
import { OUTCOMES, ZONES } from '../../../../shared/domain/reference/interception-codes';
import { SITES } from '../../../../shared/domain/reference/sites';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Select } from '../../ui/Select';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { useSessionStore } from '../../app/session-store';
import { useSyncStore } from '../sync/sync-store';
import { emptyInterceptionForm, toInterceptionInput, type InterceptionFormValues } from './form-values';

export function InterceptionForm() {
  const navigate = useNavigate();
  const site = useSessionStore((s) => s.info?.site ?? '');
  const refreshSync = useSyncStore((s) => s.refresh);
  const [failure, setFailure] = useState<string | null>(null);
  const {
    register,
    handleSubmit,
    setError,
    formState: { errors, isSubmitting },
  } = useForm<InterceptionFormValues, unknown, ParsedInput<'interceptions.create'>>({
    defaultValues: emptyInterceptionForm(site),
    resolver: schemaResolver(InterceptionInput, toInterceptionInput),
    shouldFocusError: true,
  });

  const onSubmit = handleSubmit(async (input) => {
    setFailure(null);
    try {
      const saved = await call('interceptions.create', input);
      void refreshSync();
      navigate(`/interceptions/${saved.id}`, { state: { justSaved: true } });
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') {
        for (const issue of error.issues) setError(issue.path as keyof InterceptionFormValues, { message: issue.message });
      }
      setFailure(error instanceof Error ? error.message : 'Could not save');
    }
  });

  return (
    <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="new-interception-title">
      <h1 id="new-interception-title">Record an interception</h1>
      <p className="muted">Times are UK local time. Nothing is saved until you press Save.</p>
      <ErrorBanner message={failure} />
      <div className="form__grid">
        <Field label="Site" error={errors.site?.message}>
          <Select options={SITES} placeholder="Choose…" {...register('site')} />
        </Field>
        <Field label="Detected at" error={errors.detectedAt?.message}>
          <input type="datetime-local" {...register('detectedAt')} />
        </Field>
        <Field label="Intercepted or landed at" error={errors.interceptedAt?.message} hint="Leave blank if not yet">
          <input type="datetime-local" {...register('interceptedAt')} />
        </Field>
        <Field label="Latitude" error={errors.latitude?.message} hint="Decimal degrees, e.g. 51.1237">
          <input inputMode="decimal" autoComplete="off" {...register('latitude')} />
        </Field>
        <Field label="Longitude" error={errors.longitude?.message} hint="Decimal degrees, e.g. 1.3134">
          <input inputMode="decimal" autoComplete="off" {...register('longitude')} />
        </Field>
        <Field label="Zone" error={errors.zone?.message}>
          <Select options={ZONES} placeholder="Choose…" {...register('zone')} />
        </Field>
        <Field label="Outcome" error={errors.outcome?.message}>
          <Select options={OUTCOMES} placeholder="Choose…" {...register('outcome')} />
        </Field>
        <Field label="People aboard" error={errors.peopleAboard?.message} hint="As counted">
          <input inputMode="numeric" autoComplete="off" {...register('peopleAboard')} />
        </Field>
      </div>
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={4} {...register('notes')} />
      </Field>
      <div className="form__actions">
        <button type="submit" className="button button--primary" disabled={isSubmitting}>
          {isSubmitting ? 'Saving…' : 'Save interception'}
        </button>
        <button type="button" className="button" onClick={() => navigate('/interceptions')}>
          Cancel
        </button>
      </div>
    </form>
  );
}
