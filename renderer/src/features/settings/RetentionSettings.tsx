import { useCallback, useEffect, useState } from 'react';
import { AppError } from '../../../../shared/domain/errors';
import { MAX_RETENTION_DAYS, MIN_RETENTION_DAYS, RetentionConfigureInput, SUGGESTED_RETENTION_DAYS, type RetentionStatus } from '../../../../shared/domain/retention';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { useRefusal } from '../../app/session-store';
import { BusyButton } from '../../ui/BusyButton';
import { RoleNote } from '../../ui/RoleNote';

const n = (count: number, one: string, many: string) => `${count.toLocaleString('en-GB')} ${count === 1 ? one : many}`;

function describeLastPurge(status: RetentionStatus): string {
  const last = status.lastPurge;
  if (!last) return 'No purge has run on this laptop yet.';
  const how = last.trigger === 'automatic' ? 'automatic' : 'on demand';
  return `Last purge (${how}): ${formatUkDateTime(last.finishedAt)} UK time, ${n(last.total, 'record', 'records')} removed.`;
}

/**
 * How long records stay on this laptop once they are safe at the centre (a supervisor's
 * setting), what a purge would remove now, and the last purge. The centre keeps its copy.
 */
export function RetentionSettings() {
  const [status, setStatus] = useState<RetentionStatus | null>(null);
  const [days, setDays] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const refusal = useRefusal('retention.configure');

  const show = useCallback((next: RetentionStatus) => {
    setStatus(next);
    setDays(next.days === null ? '' : String(next.days));
  }, []);

  useEffect(() => {
    call('retention.status').then(show, (error: unknown) => setFailure(error instanceof Error ? error.message : 'Could not read the retention setting'));
  }, [show]);

  async function configure(value: number | null) {
    setFailure(null);
    setNotice(null);
    setFieldError(undefined);
    const parsed = RetentionConfigureInput.safeParse({ days: value });
    if (!parsed.success) {
      setFieldError(parsed.error.issues[0]?.message);
      return;
    }
    setBusy(true);
    try {
      const next = await call('retention.configure', parsed.data);
      show(next);
      setNotice(next.days === null ? 'Records will be kept on this laptop.' : `Records will be removed from this laptop ${n(next.days, 'day', 'days')} after they are safe at the centre.`);
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') setFieldError(error.issues[0]?.message ?? error.message);
      else setFailure(error instanceof Error ? error.message : 'Could not change the setting');
    } finally {
      setBusy(false);
    }
  }

  async function purgeNow() {
    setFailure(null);
    setNotice(null);
    setBusy(true);
    try {
      const result = await call('retention.purge');
      show(result.status);
      setNotice(result.purge ? `Purge finished: ${n(result.purge.total, 'record', 'records')} removed from this laptop.` : 'Retention is off: nothing was removed.');
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'The purge did not run');
    } finally {
      setBusy(false);
    }
  }

  return (
    <section className="form" aria-labelledby="retention-title">
      <h2 id="retention-title">Records on this laptop</h2>
      <ErrorBanner message={failure} />
      {notice && (
        <div className="banner banner--ok" role="status">
          {notice}
        </div>
      )}
      <p>
        Records safe at the centre (sent, acknowledged and unchanged since) can be removed from this laptop after a set number of days. Only this laptop’s copy is removed: the centre keeps
        its own. A person with an open returns case, unsent changes or a conflict stays, and so does a boat while any of its people stay.
      </p>
      {status ? (
        <div data-testid="retention-status">
          <p>
            {status.days === null ? (
              <strong>Retention is off: every record is kept on this laptop.</strong>
            ) : (
              <strong>{`Records are removed ${n(status.days, 'day', 'days')} after they are safe at the centre.`}</strong>
            )}
          </p>
          {status.days !== null && (
            <p>
              {`Eligible for removal now: ${n(status.eligibleNow, 'record', 'records')}.`}
              {status.keptForNow > 0 && ` Kept although old enough: ${n(status.keptForNow, 'person', 'people')} still needed here.`}
              {status.running && ' A purge is running.'}
            </p>
          )}
          <p>{describeLastPurge(status)}</p>
        </div>
      ) : (
        !failure && <p aria-busy="true">Counting…</p>
      )}
      <RoleNote refusal={refusal} />
      <form
        className="inline-form"
        noValidate
        aria-label="Retention setting"
        onSubmit={(e) => {
          e.preventDefault();
          void configure(days.trim() === '' ? Number.NaN : Number(days));
        }}
      >
        <Field label="Days after safe at the centre" error={fieldError} hint={`${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS.toLocaleString('en-GB')} days; a supervisor’s setting (suggested ${SUGGESTED_RETENTION_DAYS})`}>
          <input type="number" inputMode="numeric" min={MIN_RETENTION_DAYS} max={MAX_RETENTION_DAYS} value={days} disabled={Boolean(refusal)} onChange={(e) => setDays(e.target.value)} />
        </Field>
        <BusyButton type="submit" className="button button--primary" busy={busy} disabled={Boolean(refusal)}>
          Save retention period
        </BusyButton>
        <BusyButton type="button" className="button" busy={busy} disabled={Boolean(refusal) || status?.days === null} onClick={() => void configure(null)}>
          Keep everything on this laptop
        </BusyButton>
        <BusyButton type="button" className="button" busy={busy} disabled={!status || status.days === null} onClick={() => void purgeNow()}>
          Remove eligible records now
        </BusyButton>
      </form>
    </section>
  );
}
