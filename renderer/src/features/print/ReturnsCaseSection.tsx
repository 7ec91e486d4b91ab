import type { Output } from '../../../../shared/api';
import { BARRIER_LABELS, CASE_STATE_LABELS, ELIGIBILITY_RESULT_LABELS, caseEventLabel, type CaseHistoryEntry } from '../../../../shared/domain/returns/case-states';
import { referralNotSentText } from '../../../../shared/domain/returns/referral-status';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { eventDetail } from '../returns/event-detail';
import { KeyValues, PrintSection } from './PrintBlocks';

type ReturnsView = Output<'returns.get'>;

const STATUS = { ok: 'on time', due_soon: 'due soon', overdue: 'OVERDUE' } as const;

/** The removal as done and, when it was also scheduled, the time it was scheduled for. */
function removalText(c: NonNullable<ReturnsView['case']>): string {
  const scheduled = c.removalScheduledFor ? `scheduled for ${formatUkDateTime(c.removalScheduledFor)}` : null;
  if (c.removedAt) return `removed ${formatUkDateTime(c.removedAt)}${scheduled ? ` (${scheduled})` : ''}`;
  return scheduled ?? '—';
}

/** The person's returns-pilot case on paper: state, eligibility, deadlines and every transition. */
export function ReturnsCaseSection({ view }: { view: ReturnsView }) {
  const c = view.case;
  if (!c) {
    return (
      <PrintSection title="Returns pilot">
        <p className="print-empty">No returns case has been opened for this person.</p>
      </PrintSection>
    );
  }
  return (
    <PrintSection title={`Returns pilot — case ${c.reference}`} long>
      <KeyValues
        rows={[
          ['State', CASE_STATE_LABELS[c.state]],
          ['Eligibility', c.eligibility ? ELIGIBILITY_RESULT_LABELS[c.eligibility] : 'Not assessed'],
          ['Barriers', c.activeBarriers.map((b) => BARRIER_LABELS[b]).join(', ') || 'None'],
          // When each step happened (given by the officer when recorded later), as the screen shows them.
          ['Detained', c.detainedAt ? formatUkDateTime(c.detainedAt) : '—'],
          // Not yet sent, it says by when, in the words the screen's eligibility check uses.
          ['Readmission request sent', referralNotSentText(c, new Date().toISOString()) ?? formatUkDateTime(c.referralSentAt)],
          ['Removal', removalText(c)],
        ]}
      />
      {view.deadlines.length > 0 && (
        <table className="print-table">
          <thead>
            <tr><th>Deadline</th><th>Due (UK)</th><th>Status</th></tr>
          </thead>
          <tbody>
            {view.deadlines.map((d) => (
              <tr key={d.kind}><td>{d.label}</td><td>{formatUkDateTime(d.due)}</td><td>{STATUS[d.status]}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      <table className="print-table">
        <thead>
          <tr><th>When (UK)</th><th>Officer</th><th>Action</th><th>From → to</th><th>Reason</th></tr>
        </thead>
        <tbody>
          {/* The opening is the record's creation, not a move in `history`: printed first, as on screen. */}
          <tr><td className="nowrap">{formatUkDateTime(c.createdAt)}</td><td>{c.createdBy}</td><td>Case opened</td><td>— → {CASE_STATE_LABELS.ARRIVED}</td><td /></tr>
          {c.history.map((h, i) => (
            <tr key={i}>
              <td className="nowrap">{formatUkDateTime(h.at)}</td>
              <td>{h.actor}</td>
              <EventCell entry={h} />
              <td>{CASE_STATE_LABELS[h.from]} → {CASE_STATE_LABELS[h.to]}</td>
              <td>{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}

/** The step, and what it carried (the removal time of a (re)scheduling, the barrier, the result), as the screen's history shows them. */
function EventCell({ entry }: { entry: CaseHistoryEntry }) {
  const detail = eventDetail(entry.event);
  return (
    <td>
      {caseEventLabel(entry.event.type, entry.from)}
      {detail && <div className="print-detail">{detail}</div>}
    </td>
  );
}
