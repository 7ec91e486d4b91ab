import { useCallback, useEffect, useState } from 'react';
import type { Output } from '../../../../shared/api';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useSyncStore } from '../sync/sync-store';
import { countOf } from '../../../../shared/domain/count-words';
import { BusyButton } from '../../ui/BusyButton';

type ChainStatus = Output<'audit.chainStatus'>;


/**
 * The audit trail's hash chain: the device's own re-walk of it, and what the centre found
 * when it checked the changes this device sent. In plain words, with the entry to look at.
 */
export function AuditChainSection() {
  const [status, setStatus] = useState<ChainStatus | null>(null);
  const [checking, setChecking] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(
    () =>
      call('audit.chainStatus').then(
        (found) => {
          setStatus(found);
          setFailure(null);
          setChecking(false);
        },
        (error: unknown) => {
          setFailure(error instanceof Error ? error.message : 'The audit trail could not be checked');
          setChecking(false);
        },
      ),
    [],
  );
  // Read again after each sync (the button or in the background): what the centre checked changes with it.
  const lastSync = useSyncStore((s) => s.status?.lastResult?.finishedAt ?? null);
  useEffect(() => void load(), [load, lastSync]);
  const check = () => {
    setChecking(true);
    void load();
  };

  const centreBreaks = status?.centre.breaks ?? [];
  return (
    <section className="form" aria-labelledby="audit-chain-title">
      <h2 id="audit-chain-title">Audit trail</h2>
      <p className="form-section__hint">
        Every change recorded on this device is linked to the one before it by a hash, so an entry changed, removed or put out of order afterwards shows
        here and at the centre.
      </p>
      <ErrorBanner message={failure} />
      {status && (
        <div className={`banner ${status.intact ? 'banner--ok' : 'banner--error'}`} role="status" data-testid="audit-chain-local">
          {status.intact ? (
            <>
              <strong>Audit chain intact:</strong> {countOf(status.verified, 'entry', 'entries')} verified
              {status.purged > 0 ? ` (${countOf(status.purged, 'older entry', 'older entries')} removed by retention, bridged)` : ''}, last checked{' '}
              {formatUkDateTime(status.checkedAt)}.
            </>
          ) : (
            <>
              <strong>Audit chain broken:</strong> {countOf(status.breakCount, 'problem')} found, {countOf(status.verified, 'entry', 'entries')} of{' '}
              {status.entries.toLocaleString('en-GB')} verified, checked {formatUkDateTime(status.checkedAt)}.
              {status.firstBreak && (
                <span className="audit-chain__break">
                  {' '}
                  First at entry {status.firstBreak.seq}
                  {status.firstBreak.reference ? ` (${status.firstBreak.reference}` : ''}
                  {status.firstBreak.reference && status.firstBreak.at ? `, recorded ${formatUkDateTime(status.firstBreak.at)})` : status.firstBreak.reference ? ')' : ''}:{' '}
                  {status.firstBreak.explanation} Tell your supervisor; do not change anything on this device.
                </span>
              )}
            </>
          )}
        </div>
      )}
      {status && (
        <p data-testid="audit-chain-centre">
          {status.centre.checkedThroughSeq === 0 ? (
            'The centre has not checked this device’s chain yet: nothing has been sent.'
          ) : centreBreaks.length === 0 ? (
            <>The centre checked this device’s chain up to entry {status.centre.checkedThroughSeq} and found no break.</>
          ) : (
            <>
              <strong>The centre flagged {countOf(centreBreaks.length, 'break')}</strong> in this device’s chain (checked up to entry{' '}
              {status.centre.checkedThroughSeq}): entr{centreBreaks.length === 1 ? 'y' : 'ies'} {centreBreaks.slice(0, 10).map((b) => b.seq).join(', ')}
              {centreBreaks.length > 10 ? ', …' : ''}. The records were kept; the centre has recorded the breaks for its administrators.
            </>
          )}
        </p>
      )}
      <BusyButton className="button" type="button" onClick={check} busy={checking}>
        {checking ? 'Checking…' : 'Check again'}
      </BusyButton>
    </section>
  );
}
