import { useSessionStore } from '../../app/session-store';

/** The signed-in officer and their role, how they signed in, and Lock / Switch officer. */
export function OfficerBadge() {
  const { status, lock, switchOfficer } = useSessionStore();
  const officer = status?.officer;
  if (!officer) return null;
  return (
    <div className="officer-badge" aria-label="Signed-in officer">
      <span>
        <span data-testid="signed-in-officer">{officer.name}</span>{' '}
        <span className="officer-badge__role">{officer.role}</span>
        {status.via && <span className="officer-badge__via"> · signed in {status.via}</span>}
      </span>
      <button type="button" className="button" onClick={() => void lock()}>
        Lock
      </button>
      <button type="button" className="button" onClick={() => void switchOfficer()}>
        Switch officer
      </button>
    </div>
  );
}
