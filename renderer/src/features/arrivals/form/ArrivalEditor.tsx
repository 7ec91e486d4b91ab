import type { FormEvent } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate } from 'react-router-dom';
import { ArrivalInput, type Arrival, type ArrivalFields } from '../../../../../shared/domain/arrival';
import { correctionDraftKey } from '../../../../../shared/domain/form-drafts';
import { StaleCorrectionBanner } from '../../../ui/forms/StaleCorrectionBanner';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusBadge } from '../../../ui/StatusBadge';
import { DraftRestoredBanner } from '../../../ui/forms/DraftRestoredBanner';
import { schemaResolver } from '../../../ui/forms/schema-resolver';
import { useFormDraft } from '../../../ui/forms/use-form-draft';
import { useSyncStore } from '../../sync/sync-store';
import type { ArrivalFormValues } from '../form-values';
import { toArrivalInput } from '../to-arrival-input';
import { AgeFamilySection } from './AgeFamilySection';
import { ArrivalSection } from './ArrivalSection';
import { AsylumSection } from './AsylumSection';
import { BiometricsSection } from './BiometricsSection';
import { DocumentsSection } from './DocumentsSection';
import { FormActions } from './FormActions';
import { IdentitySection } from './IdentitySection';
import { NotesSection } from './NotesSection';
import { VulnerabilitySection } from './VulnerabilitySection';
import { useSaveArrival } from './use-save-arrival';
import { saveOutcome, type SaveOutcome } from '../../../ui/use-just-saved';

const resolver = schemaResolver(ArrivalInput, toArrivalInput);

interface ArrivalEditorProps {
  initial: ArrivalFormValues;
  /** The record being corrected, or null for a new person. */
  existing: Arrival | null;
  interceptionReference: string;
  onReload(): void;
}

const STALE_PERSON = 'Someone else corrected this person since you opened it. Reload brings their version, with what you typed kept in the fields they did not change: check it, then save.';

export function ArrivalEditor({ initial, existing, interceptionReference, onReload }: ArrivalEditorProps) {
  const navigate = useNavigate();
  const refreshSync = useSyncStore((s) => s.refresh);
  const form = useForm<ArrivalFormValues, unknown, ArrivalFields>({ defaultValues: initial, resolver, shouldFocusError: true });
  const { save, failure, conflict } = useSaveArrival(existing, form.setError, form.getValues);
  const draft = useFormDraft(existing ? correctionDraftKey('arrival', existing) : initial.interceptionId ? `arrival:new:${initial.interceptionId}` : 'arrival:new', form);

  async function saveAndShow(input: ArrivalFields) {
    const saved = await save(input);
    if (!saved) return;
    await draft.saved();
    void refreshSync();
    const state: { saved: SaveOutcome } = { saved: saveOutcome(existing, saved) };
    navigate(`/arrivals/${saved.id}`, { state });
  }

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    form.setValue('status', submitter?.value === 'DRAFT' ? 'DRAFT' : 'FINAL');
    void form.handleSubmit(saveAndShow)(event);
  }

  const title = existing ? `Correct ${existing.reference}` : 'Record a person';
  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={onSubmit} noValidate aria-labelledby="arrival-form-title">
        <div className="page-header">
          <h1 id="arrival-form-title">{title}</h1>
          {existing && <StatusBadge status={existing.status} />}
        </div>
        <p className="muted">
          Times are UK local time. <strong>Save</strong> finalises the record and needs the identity basics;{' '}
          {existing?.status === 'FINAL' ? 'every correction is kept in its history.' : <><strong>Save as draft</strong> keeps it open to finish later.</>}
        </p>
        <DraftRestoredBanner draft={draft} />
        {conflict ? <StaleCorrectionBanner message={STALE_PERSON} onReload={onReload} /> : <ErrorBanner message={failure} />}
        <ArrivalSection interceptionReference={interceptionReference} />
        <IdentitySection />
        <AgeFamilySection />
        <DocumentsSection />
        <BiometricsSection />
        <VulnerabilitySection />
        <AsylumSection />
        <NotesSection />
        <FormActions
          saving={form.formState.isSubmitting}
          allowDraft={existing?.status !== 'FINAL'}
          onCancel={() => navigate(existing ? `/arrivals/${existing.id}` : '/arrivals')}
        />
      </form>
    </FormProvider>
  );
}
