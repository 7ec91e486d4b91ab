import { Link, useParams } from 'react-router-dom';
import { AuditHistory } from '../../ui/AuditHistory';
import { DetailSection } from '../../ui/DetailSection';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { StatusBadge } from '../../ui/StatusBadge';
import { RecordSyncBadge } from '../sync/RecordSyncBadge';
import { useReloadWhenReceived } from '../sync/use-reload-when-received';
import { BoatPeopleTable } from './detail/BoatPeopleTable';
import { EngineTable } from './detail/EngineTable';
import { PeopleCountCheck } from './detail/PeopleCountCheck';
import { SavedBanner } from './detail/SavedBanner';
import { casualtyRows, incidentRows, positionRows, recordRows, seizureRows, vesselRows } from './detail/detail-rows';
import { useBoatPeople } from './detail/use-boat-people';
import { useJustSaved } from '../../ui/use-just-saved';
import { useInterception } from './use-interception';

export function InterceptionDetail() {
  const { id = '' } = useParams();
  const saved = useJustSaved();
  const { record, error, reload } = useInterception(id);
  const { people, error: peopleError, reload: reloadPeople } = useBoatPeople(id);
  useReloadWhenReceived(reload);
  useReloadWhenReceived(reloadPeople);

  if (error) return <ErrorBanner message={error} />;
  if (!record) return <p aria-busy="true">Loading…</p>;

  return (
    <article aria-labelledby="interception-title" className="record">
      {saved && <SavedBanner record={record} saved={saved} />}
      <div className="page-header">
        <div className="page-header__title">
          <h1 id="interception-title">Interception <span className="reference">{record.reference}</span></h1>
          <StatusBadge status={record.status} />
          <RecordSyncBadge recordId={record.id} refreshKey={record.version} />
        </div>
        <div className="page-header__actions">
          <Link className="button button--primary" to={`/interceptions/${record.id}/people`}>
            Add people
          </Link>
          <Link className="button" to={`/interceptions/${record.id}/edit`}>
            Correct
          </Link>
          <Link className="button" to={`/print/interception/${record.id}`}>
            Print incident report
          </Link>
          <Link className="button button--quiet" to="/interceptions">
            Back to list
          </Link>
        </div>
      </div>
      <PeopleCountCheck aboard={record.peopleAboard} recorded={people?.total ?? null} />
      <DetailSection title="Incident" rows={incidentRows(record)} />
      <DetailSection title="Position" rows={positionRows(record)} />
      <DetailSection title="People and casualties" rows={casualtyRows(record)} />
      <DetailSection title="Vessel" rows={vesselRows(record)}>
        <EngineTable engines={record.vessel.engines} />
      </DetailSection>
      <DetailSection title="Seizure" rows={seizureRows(record)} />
      <DetailSection title="Notes" rows={[]}>
        <p className="notes">{record.notes || 'No notes.'}</p>
      </DetailSection>
      <DetailSection title="Record" rows={recordRows(record)} />
      <DetailSection title={`People recorded from this boat${people ? ` (${people.total})` : ''}`} rows={[]}>
        <ErrorBanner message={peopleError} />
        {people && <BoatPeopleTable people={people} />}
      </DetailSection>
      <AuditHistory recordId={record.id} refreshKey={record.version} />
    </article>
  );
}
