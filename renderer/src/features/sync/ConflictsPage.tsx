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
import { RoleNote } from '../../ui/RoleNote';

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

type Difference = Conflict['differences'][number];
type Side = 'local' | 'server';
const needsChoice = (d: Difference) => d.changedBy === 'both' || d.changedBy === 'unknown';
const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

/** What the officer is asked, in a sentence: nothing but Save when each side changed different fields. */
function summary(c: Conflict): string {
  const clashes = c.differences.filter(needsChoice).length;
  if (!c.baseKnown) return 'This device cannot tell which side made each change: choose the value to keep for each field, then save.';
  if (!clashes) return 'Each side changed different fields: the combined copy keeps every change from both. Check it and save.';
  return (
    `Both sides changed ${clashes} ${plural(clashes, 'field', 'fields')}: choose the value to keep for ${plural(clashes, 'it', 'each')}. ` +
    'Every other change, from either side, is kept as it was made.'
  );
}

/** The "Keep" cell: the side that alone changed the field, or a choice between the two values. */
function KeepCell({ conflict, difference, choice, choose }: { conflict: Conflict; difference: Difference; choice: Side | undefined; choose: (side: Side) => void }) {
  if (difference.changedBy === 'here') return <td>This device’s (changed only here)</td>;
  if (difference.changedBy === 'centre') return <td>The centre’s (changed only there)</td>;
  const label = fieldLabel(difference.field);
  return (
    <td>
      <fieldset className="segmented" aria-label={`Keep for ${label}`}>
        {(['local', 'server'] as const).map((side) => (
          <label key={side} className="segmented__option">
            <input type="radio" name={`conflict-${conflict.id}-${difference.field}`} value={side} checked={choice === side} onChange={() => choose(side)} />
            <span>{side === 'local' ? 'This device’s' : 'The centre’s'}</span>
          </label>
        ))}
      </fieldset>
    </td>
  );
}

function ConflictCard({ conflict: c, disabled, resolve }: { conflict: Conflict; disabled: boolean; resolve: (keep: Side | 'combined', choices?: Record<string, Side>) => Promise<void> }) {
  const [choices, setChoices] = useState<Record<string, Side>>({});
  const unchosen = c.differences.filter((d) => needsChoice(d) && !choices[d.field]).length;
  return (
    <article className="form conflict" aria-label={`Conflict on ${c.reference ?? c.recordId}`}>
      <h2>{conflictTitle(c)}</h2>
      <p className="muted">
        Found {formatUkDateTime(c.detectedAt)}. Both copies are kept until you choose.
        {when(c.local.updatedAt) && ` This device's copy was saved ${when(c.local.updatedAt)};`}
        {when(c.server.updatedAt) && ` the centre's copy was saved ${when(c.server.updatedAt)} on another device.`}{' '}
        <RecordLink conflict={c} />
      </p>
      <p data-testid="conflict-summary">{summary(c)}</p>
      <table className="table">
        <thead>
          <tr>
            <th scope="col">Field</th>
            <th scope="col">On this device</th>
            <th scope="col">At the centre</th>
            <th scope="col">Keep</th>
          </tr>
        </thead>
        <tbody>
          {c.differences.map((d) => (
            <tr key={d.field}>
              <td>{fieldLabel(d.field)}</td>
              <td>{auditValue(d.local, d.field)}</td>
              <td>{auditValue(d.server, d.field)}</td>
              <KeepCell conflict={c} difference={d} choice={choices[d.field]} choose={(side) => setChoices((now) => ({ ...now, [d.field]: side }))} />
            </tr>
          ))}
        </tbody>
      </table>
      <div className="form__actions">
        <button className="button button--primary" disabled={disabled || unchosen > 0} onClick={() => void resolve('combined', choices)}>
          Save the combined copy
        </button>
        {unchosen > 0 && (
          <span className="muted" role="note">
            {unchosen} {plural(unchosen, 'field', 'fields')} still to choose
          </span>
        )}
      </div>
      <p className="muted conflict__whole">Or keep one copy whole: the other copy’s changes are then dropped.</p>
      <div className="form__actions">
        <button className="button" disabled={disabled} onClick={() => void resolve('local')}>
          Keep this device’s copy
        </button>
        <button className="button" disabled={disabled} onClick={() => void resolve('server')}>
          Keep the centre’s copy
        </button>
      </div>
    </article>
  );
}

/**
 * Records changed both here and at the centre: both copies side by side, field by field, with
 * who changed each. What one side changed alone is kept; the officer chooses only where both
 * changed a field, and the combined copy is written (and audited) like a correction. Keeping
 * one copy whole is still offered, and says what it drops.
 */
export function ConflictsPage() {
  const [conflicts, setConflicts] = useState<Conflict[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const refreshSync = useSyncStore((s) => s.refresh);
  const refusal = useRefusal('sync.resolveConflict');
  const load = useCallback(() => call('sync.conflicts').then(setConflicts, (e: unknown) => setError(e instanceof Error ? e.message : 'Could not load conflicts')), []);
  useEffect(() => void load(), [load]);

  const resolve = async (id: number, keep: Side | 'combined', choices?: Record<string, Side>) => {
    setError(null);
    try {
      await call('sync.resolveConflict', { id, keep, ...(choices ? { choices } : {}) });
      await Promise.all([load(), refreshSync()]);
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Could not resolve the conflict');
    }
  };

  return (
    <section aria-labelledby="conflicts-title">
      <h1 id="conflicts-title">Conflicts to resolve</h1>
      <ErrorBanner message={error} />
      {conflicts?.length === 0 && <p className="empty">No conflicts left to resolve.</p>}
      <RoleNote refusal={refusal} />
      {conflicts?.map((c) => (
        <ConflictCard key={c.id} conflict={c} disabled={Boolean(refusal)} resolve={(keep, choices) => resolve(c.id, keep, choices)} />
      ))}
    </section>
  );
}
