import { Link } from 'react-router-dom';
import { useSyncStore } from './sync-store';
import { syncOutcomeText } from '../../../../shared/domain/sync-status';
import { countOf } from '../../../../shared/domain/count-words';

const ACTIVITY_TEXT = {
  not_configured: 'Central API: not set up',
  idle: 'Central API: reachable',
  syncing: 'Syncing…',
  offline: 'Central API: unreachable',
  error: 'Sync problem',
} as const;

/** The status bar's sync corner: where the centre stands, what is waiting, the Sync button and its result. */
export function SyncControl() {
  const { status, running, lastRun, runNow } = useSyncStore();
  if (!status) return <span data-testid="pending-count">Pending: …</span>;
  const progress = status.progress;
  const activity = running ? 'syncing' : status.activity;
  return (
    <>
      <span className={`status status--${activity === 'idle' ? 'online' : activity === 'syncing' ? 'syncing' : 'offline'}`} data-testid="sync-activity">
        {ACTIVITY_TEXT[activity]}
      </span>
      <span data-testid="pending-count">
        {status.pending === 0 ? 'Nothing waiting to send' : `${status.pending} change${status.pending === 1 ? '' : 's'} not yet sent`}
      </span>
      {status.lastResult && status.pending === 0 && (
        <span data-testid="safe-count">{countOf(status.lastResult.safeAtCentre, 'record')} proven held at the centre</span>
      )}
      {status.rejected > 0 && (
        <Link to="/sync/refused" className="status-bar__alert" data-testid="refused-count">
          {status.rejected} record{status.rejected === 1 ? '' : 's'} refused by the centre
        </Link>
      )}
      {status.openConflicts > 0 && (
        <Link to="/sync/conflicts" className="status-bar__alert">
          {status.openConflicts} conflict{status.openConflicts === 1 ? '' : 's'} to resolve
        </Link>
      )}
      {status.activity === 'not_configured' ? (
        <Link to="/settings">Set up sync</Link>
      ) : (
        <button className="button button--small" onClick={() => void runNow()} disabled={running} aria-describedby="sync-outcome">
          {running ? 'Syncing…' : 'Sync'}
        </button>
      )}
      <span id="sync-outcome" role="status" data-testid="sync-outcome">
        {running && progress
          ? progress.phase === 'push'
            ? `Sending ${progress.sent.toLocaleString('en-GB')} of ${progress.toSend.toLocaleString('en-GB')}…`
            : progress.phase === 'pull'
              ? `Receiving… ${progress.received.toLocaleString('en-GB')}`
              : 'Checking the centre holds everything…'
          : lastRun?.error
            ? lastRun.error
            : lastRun?.result
              ? syncOutcomeText(lastRun.result)
              : ''}
      </span>
    </>
  );
}
