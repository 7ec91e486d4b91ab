import { BARRIER_LABELS, CASE_STATE_LABELS, isTerminalState } from '../../../../shared/domain/returns/case-states';
import type { ReturnsCaseRecord } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';

/** The state as a badge: closed cases quiet, paused ones loud, open ones plain. */
export function CaseStateBadge({ record }: { record: ReturnsCaseRecord }) {
  const tone = record.state === 'PAUSED' ? 'badge badge--draft' : isTerminalState(record.state) ? 'badge badge--closed' : 'badge badge--final';
  return (
    <span className={tone} data-testid="case-state">
      {CASE_STATE_LABELS[record.state]}
    </span>
  );
}

/** The dates the pilot runs on, as they stand; unset ones are left out rather than shown as blanks. */
export function CaseSummary({ record }: { record: ReturnsCaseRecord }) {
  const facts: [string, string | null][] = [
    ['Arrived', record.arrivedAt],
    ['Detained', record.detainedAt],
    ['Readmission request sent', record.referralSentAt],
    ['Removal scheduled for', record.removalScheduledFor],
    ['Removed', record.removedAt],
  ];
  return (
    <>
      {record.state === 'PAUSED' && (
        <p className="notice notice--warning">
          Paused by {record.activeBarriers.map((b) => BARRIER_LABELS[b]).join(', ')}. Lifting {record.activeBarriers.length > 1 ? 'every barrier' : 'it'} takes the case back to
          &quot;{CASE_STATE_LABELS[record.pausedFrom ?? 'PAUSED']}&quot;. The time limits keep running.
        </p>
      )}
      <dl className="returns-facts">
        {facts
          .filter(([, value]) => value)
          .map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{formatUkDateTime(value)}</dd>
            </div>
          ))}
      </dl>
    </>
  );
}
