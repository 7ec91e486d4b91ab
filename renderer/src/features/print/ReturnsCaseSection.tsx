import type { Output } from '../../../../shared/api';
import { BARRIER_LABELS, CASE_STATE_LABELS, caseEventLabel } from '../../../../shared/domain/returns/case-states';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { KeyValues, PrintSection } from './PrintBlocks';

type ReturnsView = Output<'returns.get'>;

const STATUS = { ok: 'on time', due_soon: 'due soon', overdue: 'OVERDUE' } as const;

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
          ['Eligibility', c.eligibility ?? 'not assessed'],
          ['Barriers', c.activeBarriers.map((b) => BARRIER_LABELS[b]).join(', ') || 'none'],
          ['Removal', c.removedAt ? `removed ${formatUkDateTime(c.removedAt)}` : c.removalScheduledFor ? `scheduled ${formatUkDateTime(c.removalScheduledFor)}` : '—'],
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
              <td>{caseEventLabel(h.event.type, h.from)}</td>
              <td>{CASE_STATE_LABELS[h.from]} → {CASE_STATE_LABELS[h.to]}</td>
              <td>{h.reason ?? ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </PrintSection>
  );
}
