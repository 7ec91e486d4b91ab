import { useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import { useNavigate, useParams } from 'react-router-dom';
import { AppError } from '../../../../shared/domain/errors';
import { TransferInput, type Transfer, type TransferFields as TransferData } from '../../../../shared/domain/transfers/transfer';
import { correctionDraftKey } from '../../../../shared/domain/form-drafts';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { DraftRestoredBanner } from '../../ui/forms/DraftRestoredBanner';
import { StaleCorrectionBanner } from '../../ui/forms/StaleCorrectionBanner';
import { useFormDraft } from '../../ui/forms/use-form-draft';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { showServerIssues } from '../../ui/forms/server-issues';
import { TransferFields } from './TransferFields';
import { emptyTransferForm, toTransferInput, transferFormValues, type TransferFormValues } from './transfer-form-values';
import { useTransfer } from './use-transfer';
import { BusyButton } from '../../ui/BusyButton';

const resolver = schemaResolver(TransferInput, toTransferInput);

/** /transfers/new records an application; /transfers/:id/edit corrects one. */
export function TransferForm() {
  const { id } = useParams();
  return id ? <CorrectTransfer id={id} /> : <TransferEditor existing={null} />;
}

function CorrectTransfer({ id }: { id: string }) {
  const { view, error, reload } = useTransfer(id);
  if (error) return <ErrorBanner message={error} />;
  if (!view) return <p aria-busy="true">Loading…</p>;
  // A reload after a stale save brings a new version: the form starts again from it.
  return <TransferEditor key={view.transfer.version} existing={view.transfer} onReload={reload} />;
}

function TransferEditor({ existing, onReload }: { existing: Transfer | null; onReload?: () => void }) {
  const navigate = useNavigate();
  const form = useForm<TransferFormValues, unknown, TransferData>({ defaultValues: existing ? transferFormValues(existing) : emptyTransferForm(), resolver, shouldFocusError: true });
  const draft = useFormDraft(existing ? correctionDraftKey('transfer', existing) : 'transfer:new', form);
  const [failure, setFailure] = useState<string | null>(null);
  const [stale, setStale] = useState(false);

  async function save(input: TransferData) {
    setFailure(null);
    setStale(false);
    try {
      const saved = existing
        ? await call('transfers.update', { id: existing.id, version: existing.version, changes: input })
        : await call('transfers.create', input);
      await draft.saved();
      navigate(`/transfers/${saved.transfer.id}`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, form.setError, { values: form.getValues(), prefix: 'changes.' });
        setFailure(unplaced.length ? unplaced.map((i) => i.message).join(' ') : 'Check the fields marked in red.');
      } else {
        setStale(error instanceof AppError && error.code === 'CONFLICT');
        setFailure(error instanceof Error ? error.message : 'Could not save');
      }
    }
  }

  return (
    <FormProvider {...form}>
      <form className="form" onSubmit={(e) => void form.handleSubmit(save)(e)} noValidate aria-labelledby="transfer-form-title">
        <h1 id="transfer-form-title">{existing ? `Correct transfer ${existing.reference}` : 'Record a safe-route application'}</h1>
        <p className="muted">
          {/* A new application is kept as a draft while it is typed (use-form-draft); a correction is not. */}
          {existing ? 'Nothing is saved until you press Save. Every correction is kept in the record’s history.' : 'What you type is kept on this laptop as you go; it is recorded when you press Save.'}
        </p>
        <DraftRestoredBanner draft={draft} />
        {stale && failure && onReload ? <StaleCorrectionBanner message={failure} onReload={onReload} /> : <ErrorBanner message={failure} />}
        <TransferFields />
        <div className="form__actions">
          <BusyButton type="submit" className="button button--primary" busy={form.formState.isSubmitting}>
            Save
          </BusyButton>
          <button type="button" className="button button--quiet" onClick={() => navigate(existing ? `/transfers/${existing.id}` : '/transfers')}>
            Cancel
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
