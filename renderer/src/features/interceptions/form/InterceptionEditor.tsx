import type { FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { InterceptionInput, type Interception, type InterceptionFields } from '../../../../../shared/domain/interception';
import { correctionDraftKey } from '../../../../../shared/domain/form-drafts';
import { StaleCorrectionBanner } from '../../../ui/forms/StaleCorrectionBanner';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusBadge } from '../../../ui/StatusBadge';
import { DraftRestoredBanner } from '../../../ui/forms/DraftRestoredBanner';
import { schemaResolver } from '../../../ui/forms/schema-resolver';
import { useFormDraft } from '../../../ui/forms/use-form-draft';
import { useSyncStore } from '../../sync/sync-store';
import { toInterceptionInput, type InterceptionFormValues } from '../form-values';
import { FormActions } from './FormActions';
import { IncidentSection } from './IncidentSection';
import { InterceptedBySection } from './InterceptedBySection';
import { NotesSection } from './NotesSection';
import { OutcomeSection } from './OutcomeSection';
import { PeopleSection } from './PeopleSection';
import { PositionSection } from './PositionSection';
import { SeizureSection } from './SeizureSection';
import { VesselSection } from './VesselSection';
import { useSaveInterception } from './use-save-interception';
import { saveOutcome, type SaveOutcome } from '../../../ui/use-just-saved';

const resolver = schemaResolver(InterceptionInput, toInterceptionInput);

interface InterceptionEditorProps {
  initial: InterceptionFormValues;
  /** The record being corrected, or null for a new one. */
  existing: Interception | null;
  onReload(): void;
}

export function InterceptionEditor({ initial, existing, onReload }: InterceptionEditorProps) {
  const navigate = useNavigate();
  const refreshSync = useSyncStore((s) => s.refresh);
  const form = useForm<InterceptionFormValues, unknown, InterceptionFields>({ defaultValues: initial, resolver, shouldFocusError: true });
  const { save, failure, conflict } = useSaveInterception(existing, form);
  const draft = useFormDraft(existing ? correctionDraftKey('interception', existing) : 'interception:new', form);

  async function saveAndShow(input: InterceptionFields) {
    const saved = await save(input);
    if (!saved) return;
    await draft.saved();
    void refreshSync();
    const state: { saved: SaveOutcome } = { saved: saveOutcome(existing, saved) };
    navigate(`/interceptions/${saved.id}`, { state });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    form.setValue('status', submitter?.value === 'DRAFT' ? 'DRAFT' : 'FINAL');
    void form.handleSubmit(saveAndShow)(event);
  }

  const title = existing ? `Correct interception ${existing.reference}` : 'Record an interception';
  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="interception-form-title">
        <div className="page-header__title">
          <h1 id="interception-form-title">{title}</h1>
          {existing && <StatusBadge status={existing.status} />}
        </div>
        <p className="muted">
          {existing ? 'Nothing is saved until you press Save.' : 'What you type is kept on this laptop as you go; it is recorded when you press Save.'} <strong>Save</strong> finalises the record and needs the core fields;{' '}
          {existing?.status === 'FINAL' ? 'every correction is kept in its history.' : <><strong>Save as draft</strong> keeps it open to finish later.</>}
        </p>
        <DraftRestoredBanner draft={draft} />
        {conflict && failure ? <StaleCorrectionBanner message={failure} onReload={onReload} /> : <ErrorBanner message={failure} />}
        <IncidentSection />
        <PositionSection />
        <InterceptedBySection />
        <OutcomeSection />
        <PeopleSection />
        <VesselSection />
        <SeizureSection />
        <NotesSection />
        <FormActions
          saving={form.formState.isSubmitting}
          allowDraft={existing?.status !== 'FINAL'}
          onCancel={() => navigate(existing ? `/interceptions/${existing.id}` : '/interceptions')}
        />
      </form>
    </FormProvider>
  );
}
