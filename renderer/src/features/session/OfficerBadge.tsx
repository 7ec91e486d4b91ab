import { useSessionStore } from '../../app/session-store';
import { useSyncStore } from '../sync/sync-store';

/** The signed-in officer and their role, how they signed in, and Lock / Switch officer. */
export function OfficerBadge() {
  const { status, lock, switchOfficer } = useSessionStore();
  const officer = status?.officer;
  // An offline sign-in stays one until the password is checked again; once the centre answers, say how.
  const centreBack = useSyncStore((s) => s.status?.activity === 'idle');
  if (!officer) return null;
  return (
    <div className="officer-badge" aria-label="Signed-in officer">
      <span>
        <span data-testid="signed-in-officer">{officer.name}</span>{' '}
        <span className="officer-badge__role">{officer.role}</span>
        {status.via && (
          <span className="officer-badge__via" data-testid="signed-in-via">
            {' '}
            · signed in {status.via}
            {status.via === 'offline' && centreBack ? ' (the centre can be reached now: Lock, then unlock, to sign in online)' : ''}
          </span>
        )}
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
