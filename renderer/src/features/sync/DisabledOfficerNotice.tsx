import { Link } from 'react-router-dom';
import { useSessionStore } from '../../app/session-store';
import { useSyncStore } from './sync-store';

/**
 * The centre refused the signed-in officer's changes because it has disabled them: said at the
 * top of every page, at once, rather than only in the refused list, so that they stop recording
 * what the centre will not take and get it put right.
 */
export function DisabledOfficerNotice() {
  const officer = useSessionStore((s) => s.status?.officer);
  const disabled = useSyncStore((s) => s.status?.disabledOfficerIds);
  if (!officer || !disabled?.includes(officer.id)) return null;
  return (
    <div className="banner banner--error" role="alert" data-testid="officer-disabled-notice">
      The central service has disabled {officer.name}: what you record on this device is refused there. Ask a supervisor or an administrator
      before recording more. <Link to="/sync/refused">What was refused, and what to do</Link>
    </div>
  );
}
