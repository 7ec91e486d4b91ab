import type { Output } from '../../../../shared/api';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { PrintSection } from './PrintBlocks';

/** Officers' decisions on possible earlier crossings by this person, with the engine's reasons. */
export function PriorCrossingSection({ checks }: { checks: Output<'matching.priorCrossings'> }) {
  const decided = checks.candidates.filter((c) => c.decision);
  const undecided = checks.candidates.filter((c) => !c.decision && c.probable).length;
  return (
    <PrintSection title="Prior crossings and re-entry">
      {decided.length === 0 ? (
        <p className="print-empty">No prior-crossing decisions recorded.{undecided ? ` ${undecided} probable match(es) await an officer's decision.` : ''}</p>
      ) : (
        <table className="print-table">
          <thead>
            <tr><th>Earlier record</th><th>Score</th><th>Decision</th><th>Officer, when (UK)</th><th>Reasons and note</th></tr>
          </thead>
          <tbody>
            {decided.map((c) => (
              <tr key={c.arrivalId}>
                <td className="nowrap mono">{c.reference}<br />{c.name}</td>
                <td>{Math.round(c.score * 100)}%</td>
                <td>{c.decision!.decision === 'CONFIRMED' ? `Confirmed${c.removedUnderPilot ? ' (re-entry after removal)' : ''}` : 'Dismissed'}</td>
                <td>{c.decision!.officer}, {formatUkDateTime(c.decision!.createdAt)}</td>
                <td>{[...c.reasons, c.decision!.note].filter(Boolean).join('; ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintSection>
  );
}
