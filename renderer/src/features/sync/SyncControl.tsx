import { Link } from 'react-router-dom';
import { useSyncStore } from './sync-store';
import { syncOutcomeText } from '../../../../shared/domain/sync-status';
import { countOf } from '../../../../shared/domain/count-words';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { BusyButton } from '../../ui/BusyButton';
import { useRefusal } from '../../app/session-store';

/** In the officer's words: "the centre", as on every record ("Safe at the centre"), not "the central API". */
const ACTIVITY_TEXT = {
  not_configured: 'Not set up to send to the centre',
  idle: 'Centre reachable',
  syncing: 'Syncing…',
  offline: 'Centre not reachable: records are kept on this laptop',
  refused: 'Centre does not accept this device',
  error: 'Sync problem',
} as const;

type Status = NonNullable<ReturnType<typeof useSyncStore.getState>['status']>;
type LastRun = ReturnType<typeof useSyncStore.getState>['lastRun'];

/** A sync under way: what it is doing now. Before its first step it is still reaching the centre. */
function progressText(progress: Status['progress']): string {
  if (!progress) return 'Contacting the central API…';
  if (progress.phase === 'push') return `Sending ${progress.sent.toLocaleString('en-GB')} of ${progress.toSend.toLocaleString('en-GB')}…`;
  if (progress.phase === 'pull') return `Receiving… ${progress.received.toLocaleString('en-GB')}`;
  return 'Checking the centre holds everything…';
}

/**
 * How the last sync went, whoever started it: the engine's own record covers the syncs it ran
 * by itself, which the Sync button's last answer does not (it said "conflicts 0" beside
 * "1 conflict to resolve" after a background sync had found one). An error the engine does
 * not hold (the button refused before any sync began) shows until a newer sync ends.
 */
function outcomeText(status: Status, lastRun: LastRun, now = Date.now()): string {
  if (status.lastError) return status.lastError;
  const finished = status.lastResult ? Date.parse(status.lastResult.finishedAt) : 0;
  if (lastRun?.error && lastRun.at > finished) return lastRun.error;
  if (!status.lastResult) return '';
  // An old line says when it is from: "Up to date" from this morning is not "up to date" now.
  const old = now - finished > STALE_AFTER_MS ? `Last sync ${formatUkDateTime(status.lastResult.finishedAt)}: ` : '';
  return `${old}${syncOutcomeText(status.lastResult)}`;
}

const STALE_AFTER_MS = 5 * 60_000;

/** The status bar's sync corner: where the centre stands, what is waiting, the Sync button and its result. */
export function SyncControl() {
  const { status, running, lastRun, runNow } = useSyncStore();
  // Setting up sync and enrolling are a supervisor's (shared/domain/roles.ts): an officer is told whom to ask, not sent to a form they cannot use.
  const mayEnrol = useRefusal('sync.enrol') === null;
  if (!status) return <span data-testid="pending-count">Pending: …</span>;
  const progress = status.progress;
  const activity = running ? 'syncing' : status.activity;
  return (
    <>
      <span className={`status status--${activity === 'idle' ? 'online' : activity === 'syncing' ? 'syncing' : 'offline'}`} data-testid="sync-activity">
        {ACTIVITY_TEXT[activity]}
      </span>
      {activity === 'refused' &&
        (mayEnrol ? (
          <Link to="/settings" className="status-bar__alert">
            Enrol again
          </Link>
        ) : (
          <span className="status-bar__alert">Ask a supervisor to enrol this laptop again</span>
        ))}
      <span data-testid="pending-count">
        {status.pending === 0 ? 'Nothing waiting to send' : `${countOf(status.pending, 'change')} not yet sent`}
      </span>
      {status.lastResult && status.lastResult.safeAtCentre > 0 && status.pending === 0 && (
        <span data-testid="safe-count">{countOf(status.lastResult.safeAtCentre, 'record')} proven held at the centre</span>
      )}
      {status.rejected > 0 && (
        <Link to="/sync/refused" className="status-bar__alert" data-testid="refused-count">
          {countOf(status.rejected, 'record')} refused by the centre
        </Link>
      )}
      {status.openConflicts > 0 && (
        <Link to="/sync/conflicts" className="status-bar__alert">
          {countOf(status.openConflicts, 'conflict')} to resolve
        </Link>
      )}
      {status.activity === 'not_configured' ? (
        mayEnrol ? <Link to="/settings">Set up sync</Link> : <span>A supervisor sets up sync in Settings</span>
      ) : (
        <BusyButton className="button button--small" onClick={() => void runNow()} busy={running} aria-describedby="sync-outcome">
          {running ? 'Syncing…' : 'Sync'}
        </BusyButton>
      )}
      <span id="sync-outcome" role="status" data-testid="sync-outcome">
        {running ? progressText(progress) : outcomeText(status, lastRun)}
      </span>
    </>
  );
}
