import { useParams, useSearchParams } from 'react-router-dom';
import { useSessionStore } from '../../app/session-store';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { ArrivalEditor } from './form/ArrivalEditor';
import { arrivalFormValues, emptyArrivalForm } from './form-values';
import { loadPersonAndBoat } from './load-person';
import { useLoaded } from '../../ui/use-loaded';
import { SettleConflictFirst } from '../sync/SettleConflictFirst';

/**
 * /arrivals/new (optionally ?interception=<id> to start from a boat) and /arrivals/:id/edit.
 * A correction keeps the version it was opened at: saving over a newer one is refused.
 */
export function ArrivalForm() {
  const { id } = useParams();
  const boatId = useSearchParams()[0].get('interception');
  const site = useSessionStore((s) => s.info?.site ?? '');
  const { data, error, reload } = useLoaded(`${id ?? 'new'}|${boatId ?? ''}`, () => loadPersonAndBoat(id, boatId));

  if (error) return <ErrorBanner message={error} />;
  if (!data) return <p aria-busy="true">Loading…</p>;
  const initial = data.person ? arrivalFormValues(data.person) : emptyArrivalForm(site, data.boat);
  const editor = (
    <ArrivalEditor
      // A reload after a conflict brings a new version: start the form again from it.
      // A new person from another boat is another form, with its own kept draft.
      key={data.person ? `${data.person.id}@${data.person.version}` : `new|${boatId ?? ''}`}
      initial={initial}
      existing={data.person}
      interceptionReference={data.boat?.reference ?? ''}
      onReload={reload}
    />
  );
  return data.person ? (
    <SettleConflictFirst recordId={data.person.id} noun="person">
      {editor}
    </SettleConflictFirst>
  ) : (
    editor
  );
}
