import type { Output } from '../../../../shared/api';
import { countOf } from '../../../../shared/domain/count-words';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { PrintSection } from './PrintBlocks';

/** Officers' decisions on possible earlier crossings by this person, with the engine's reasons. */
export function PriorCrossingSection({ checks }: { checks: Output<'matching.priorCrossings'> }) {
  const decided = checks.candidates.filter((c) => c.decision);
  const undecided = checks.candidates.filter((c) => !c.decision && c.probable).length;
  return (
    <PrintSection title="Prior crossings and re-entry">
      {decided.length === 0 ? (
        <p className="print-empty">
          No prior-crossing decisions recorded.{undecided ? ` ${countOf(undecided, 'probable match', 'probable matches')} ${undecided === 1 ? 'awaits' : 'await'} an officer's decision.` : ''}
        </p>
      ) : (
        <table className="print-table">
          <thead>
            <tr><th>Earlier record</th><th>Score</th><th>Decision</th><th>Officer, when (UK)</th><th>The engine's reasons, and the officer's note</th></tr>
          </thead>
          <tbody>
            {decided.map((c) => (
              <tr key={c.arrivalId}>
                <td className="nowrap mono">{c.reference}<br />{c.name}</td>
                <td>{Math.round(c.score * 100)}%</td>
                <td>{c.decision!.decision === 'CONFIRMED' ? `Confirmed${c.removedUnderPilot ? ' (re-entry after removal)' : ''}` : 'Dismissed'}</td>
                <td>{c.decision!.officer}, {formatUkDateTime(c.decision!.createdAt)}</td>
                <td>
                  {c.reasons.join('; ')}
                  {/* The officer's own words, set apart so they are never read as the engine's. */}
                  <br />
                  <strong>Note:</strong> “{c.decision!.note}”
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </PrintSection>
  );
}
