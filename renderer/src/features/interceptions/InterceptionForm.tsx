import { useParams } from 'react-router-dom';
import { useSessionStore } from '../../app/session-store';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { emptyInterceptionForm, interceptionFormValues } from './form-values';
import { InterceptionEditor } from './form/InterceptionEditor';
import { useInterception } from './use-interception';
import { SettleConflictFirst } from '../sync/SettleConflictFirst';

/** /interceptions/new records a boat; /interceptions/:id/edit corrects one. */
export function InterceptionForm() {
  const { id } = useParams();
  return id ? <CorrectInterception id={id} /> : <NewInterception />;
}

function NewInterception() {
  const site = useSessionStore((s) => s.info?.site ?? '');
  return <InterceptionEditor initial={emptyInterceptionForm(site)} existing={null} onReload={() => undefined} />;
}

function CorrectInterception({ id }: { id: string }) {
  const { record, error, reload } = useInterception(id);
  if (error) return <ErrorBanner message={error} />;
  if (!record) return <p aria-busy="true">Loading…</p>;
  // A new version (after Reload) starts the form again from what is now saved.
  return (
    <SettleConflictFirst recordId={record.id} noun="interception">
      <InterceptionEditor key={`${record.id}:${record.version}`} initial={interceptionFormValues(record)} existing={record} onReload={reload} />
    </SettleConflictFirst>
  );
}
