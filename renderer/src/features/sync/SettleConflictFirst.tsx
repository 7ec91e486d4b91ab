import { useEffect, useState, type ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { call } from '../../api/client';

/**
 * A correction form for a record in conflict with the centre: the engine would refuse the save
 * (it would be made to the centre's copy, then lost when the conflict is settled), so the officer
 * is told before typing anything, with the way to settle it.
 */
export function SettleConflictFirst({ recordId, noun, children }: { recordId: string; noun: string; children: ReactNode }) {
  const [inConflict, setInConflict] = useState<boolean | null>(null);
  useEffect(() => {
    let live = true;
    call('sync.recordStates', { recordIds: [recordId] }).then(
      ([state]) => live && setInConflict(state?.state === 'conflict'),
      () => live && setInConflict(false), // the save itself still checks
    );
    return () => {
      live = false;
    };
  }, [recordId]);
  if (inConflict === null) return <p aria-busy="true">Loading…</p>;
  if (!inConflict) return <>{children}</>;
  return (
    <div className="banner banner--error" role="alert" data-testid="settle-conflict-first">
      This {noun} was changed both here and on another device, and that conflict is not settled yet. Settle it first, then make your correction: a
      correction now would be lost when it is settled. <Link to="/sync/conflicts">Conflicts to resolve</Link>
    </div>
  );
}
