import { useCallback, useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Output } from '../../../../shared/api';
import { auditValue, fieldLabel } from '../../../../shared/domain/field-labels';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useSyncStore } from './sync-store';
import { useRefusal } from '../../app/session-store';
import { RECORD_NOUN, recordPage } from './record-pages';

type Conflict = Output<'sync.conflicts'>[number];

/** "Person WJF-…-0003: Haile, Dawit": whom the conflict is about, as the officer knows them. */
function conflictTitle(c: Conflict): string {
  const noun = RECORD_NOUN[c.recordType] ?? c.recordType;
  const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const name = [text(c.local.familyName), text(c.local.givenNames)].filter(Boolean).join(', ');
  return `${noun} ${c.reference ?? ''}${name ? `: ${name}` : ''}`.trim();
}

function RecordLink({ conflict }: { conflict: Conflict }) {
  const page = recordPage(conflict);
  return page ? <Link to={page}>Open the record</Link> : null;
}

const when = (v: unknown) => (typeof v === 'string' ? formatUkDateTime(v) : null);

/**
 * Records changed both here and at the centre: both copies side by side, field by field;
 * the officer keeps one, and the choice is written (and audited) like a correction.
 */
export function ConflictsPage() {
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refreshSync = useSyncStore((s) => s.refresh);
  const refusal = useRefusal('sync.resolveConflict');
  const load = useCallback(() => call('sync.conflicts').then(setConflicts, (e: unknown) => setError(e instanceof Error ? e.message : 'Could not load conflicts')), []);
  useEffect(() => void load(), [load]);

  const resolve = async (id: number, keep: 'local' | 'server') => {
    setError(null);
    try {
      await call('sync.resolveConflict', { id, keep });
      await Promise.all([load(), refreshSync()]);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not resolve the conflict');
    }
  };

  return (
    <section aria-labelledby="conflicts-title">
      <h1 id="conflicts-title">Conflicts to resolve</h1>
      <ErrorBanner message={error} />
      {conflicts?.length === 0 && <p className="empty">No conflicts. Every record agrees with the centre.</p>}
      {conflicts?.map((c) => (
        <article key={c.id} className="form conflict" aria-label={`Conflict on ${c.reference ?? c.recordId}`}>
          <h2>{conflictTitle(c)}</h2>
          <p className="muted">
            Found {formatUkDateTime(c.detectedAt)}. Both copies are kept until you choose.
            {when(c.local.updatedAt) && ` This device's copy was saved ${when(c.local.updatedAt)};`}
            {when(c.server.updatedAt) && ` the centre's copy was saved ${when(c.server.updatedAt)} on another device.`}{' '}
            <RecordLink conflict={c} />
          </p>
          <table className="table">
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">On this device</th>
                <th scope="col">At the centre</th>
              </tr>
            </thead>
            <tbody>
              {c.differences.map((d) => (
                <tr key={d.field}>
                  <td>{fieldLabel(d.field)}</td>
                  <td>{auditValue(d.local, d.field)}</td>
                  <td>{auditValue(d.server, d.field)}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {refusal && (
            <p className="role-note" role="note">
              {refusal}
            </p>
          )}
          <div className="form__actions">
            <button className="button" disabled={Boolean(refusal)} onClick={() => void resolve(c.id, 'local')}>
              Keep this device’s copy
            </button>
            <button className="button" disabled={Boolean(refusal)} onClick={() => void resolve(c.id, 'server')}>
              Keep the centre’s copy
            </button>
          </div>
        </article>
      ))}
    </section>
  );
}
