import { Link, useParams } from 'react-router-dom';
import { AuditHistory } from '../../ui/AuditHistory';
import { DetailSection } from '../../ui/DetailSection';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { PriorCrossingPanel } from '../matching/PriorCrossingPanel';
import { RecordSyncBadge } from '../sync/RecordSyncBadge';
import { useReloadWhenReceived } from '../sync/use-reload-when-received';
import { DocumentTable } from './detail/DocumentTable';
import { FamilyMembers } from './detail/FamilyMembers';
import { SubjectAccessActions } from './detail/SubjectAccessActions';
import { ageFamilyRows, arrivalRows, asylumRows, biometricRows, identityRows, recordRows, vulnerabilityRows } from './detail/detail-rows';
import { loadPersonAndBoat } from './load-person';
import { useJustSaved } from '../../ui/use-just-saved';
import { useLoaded } from '../../ui/use-loaded';
import { personNameOrUnrecorded } from '../../../../shared/domain/person-name';

/** One person, every field readable, with the history of every correction. */
export function ArrivalDetail() {
  const { id = '' } = useParams();
  const saved = useJustSaved();
  const { data, error, reload } = useLoaded(id, () => loadPersonAndBoat(id, null));
  useReloadWhenReceived(reload);

  if (error) return <ErrorBanner message={error} />;
  if (!data?.person) return <p aria-busy="true">Loading…</p>;
  const { person, boat } = data;
  const name = personNameOrUnrecorded(person);

  return (
    <article aria-labelledby="arrival-title" className="record">
      {saved && (
        <div className="banner banner--ok" role="status">
          {saved === 'created'
            ? `Saved on this device as ${person.reference}.`
            : saved === 'unchanged'
              ? 'Nothing was changed, so nothing new was saved.'
              : `Correction saved: ${person.reference} is now version ${person.version}.`}
        </div>
      )}
      <div className="page-header">
        <div className="page-header__title">
          <h1 id="arrival-title">{name}</h1>
          <StatusBadge status={person.status} />
          <RecordSyncBadge recordId={person.id} refreshKey={person.version} />
        </div>
        <div className="page-header__actions">
          <Link className="button button--primary" to={`/arrivals/${person.id}/edit`}>
            {person.status === 'DRAFT' ? 'Continue draft' : 'Correct'}
          </Link>
          <Link className="button" to={`/returns/case/${person.id}`}>
            Returns case
          </Link>
          <Link className="button" to={`/print/arrival/${person.id}`}>
            Print case summary
          </Link>
          <Link className="button button--quiet" to="/arrivals">
            Back to people
          </Link>
        </div>
      </div>
      <p className="record__reference">
        Reference <strong className="mono">{person.reference}</strong>
        {person.status === 'DRAFT' && ' · Draft: not yet finalised'}
        {' · '}
        {person.interceptionId ? (
          <>Boat <Link to={`/interceptions/${person.interceptionId}`}>{boat ? `interception ${boat.reference}` : 'interception (not on this device)'}</Link></>
        ) : (
          'Not linked to an interception'
        )}
      </p>
      {/* Warnings first: a possible re-entry or prior crossing must be seen before anything else. */}
      <PriorCrossingPanel arrivalId={person.id} />
      <DetailSection title="Arrival" rows={arrivalRows(person)} />
      <DetailSection title="Identity" rows={identityRows(person)} />
      <DetailSection title="Age and family" rows={ageFamilyRows(person, <FamilyMembers person={person} />)} />
      <DetailSection title="Documents" rows={[]}>
        <DocumentTable documents={person.documents} />
      </DetailSection>
      <DetailSection title="Biometrics" rows={biometricRows(person)} />
      <DetailSection title="Vulnerability" rows={vulnerabilityRows(person)} />
      <DetailSection title="Asylum and screening" rows={asylumRows(person)} />
      <DetailSection title="Notes" rows={[]}>
        <p className="notes">{person.notes || 'No notes.'}</p>
      </DetailSection>
      <DetailSection title="Record" rows={recordRows(person)} />
      <AuditHistory recordId={person.id} refreshKey={person.version} />
      <SubjectAccessActions arrivalId={person.id} />
    </article>
  );
}
