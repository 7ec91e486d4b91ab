import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { RecordSyncState } from '../../../../shared/domain/sync-status';
import { call } from '../../api/client';
import { useSyncStore } from './sync-store';

const TEXT: Record<RecordSyncState['state'], string> = {
  not_sent: 'Not yet sent to the centre',
  safe: 'Safe at the centre',
  conflict: 'Conflict with the centre',
  rejected: 'Refused by the centre', // the word the status bar and the Refused page use
};

/** Where one record stands with the centre, refreshed whenever sync moves on. */
export function RecordSyncBadge({ recordId, refreshKey }: { recordId: string; refreshKey?: unknown }) {
  const [state, setState] = useState<RecordSyncState | null>(null);
  const syncTick = useSyncStore((s) => `${s.status?.pending}-${s.status?.lastResult?.finishedAt}-${s.status?.openConflicts}`);
  useEffect(() => {
    call('sync.recordStates', { recordIds: [recordId] }).then(([s]) => setState(s ?? null), () => setState(null));
  }, [recordId, refreshKey, syncTick]);
  if (!state) return null;
  return (
    <span className={`sync-badge sync-badge--${state.state}`} data-testid="record-sync-state" title={state.reason ?? undefined}>
      {TEXT[state.state]}
      {state.state === 'rejected' && state.reason ? `: ${state.reason}` : ''}
      {state.state === 'conflict' && (
        <>
          {' '}
          <Link to="/sync/conflicts">Resolve</Link>
        </>
      )}
    </span>
  );
}
