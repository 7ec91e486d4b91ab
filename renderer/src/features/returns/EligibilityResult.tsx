import { CONDITION_LABELS, CONDITION_STATUS_LABELS, ELIGIBILITY_CONDITIONS } from '../../../../shared/domain/returns/eligibility-conditions';
import { ELIGIBILITY_RESULT_LABELS } from '../../../../shared/domain/returns/case-states';
import type { StoredAssessment } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';

const RESULT_BADGE = { eligible: 'badge badge--final', ineligible: 'badge badge--alert', undetermined: 'badge badge--draft' } as const;
const SOURCE_TEXT = { facts: "The person's record", recorded: "The officer's recording", both: "The person's record and the officer's recording", none: 'Nothing yet' } as const;

/** The engine's weighing of the conditions: the result, and a reason for every condition not met or unknown. */
export function EligibilityResult({ assessment, detailed }: { assessment: StoredAssessment; detailed: boolean }) {
  return (
    <div className="eligibility-result" data-testid="eligibility-result">
      <p>
        <strong>Result:</strong> <span className={RESULT_BADGE[assessment.result]}>{ELIGIBILITY_RESULT_LABELS[assessment.result]}</span>{' '}
        <span className="muted">
          assessed by {assessment.assessedBy}, {formatUkDateTime(assessment.assessedAt)}
        </span>
      </p>
      {assessment.reasons.length > 0 ? (
        <ul className="eligibility-result__reasons" aria-label="Reasons">
          {assessment.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      ) : (
        <p>Every condition is met.</p>
      )}
      {detailed && (
        <table className="table table--compact" aria-label="Conditions as assessed">
          <thead>
            <tr>
              <th scope="col">Condition</th>
              <th scope="col">Assessed</th>
              <th scope="col">Settled by</th>
              <th scope="col">Note</th>
            </tr>
          </thead>
          <tbody>
            {ELIGIBILITY_CONDITIONS.map((c) => {
              const outcome = assessment.conditions[c];
              return (
                <tr key={c}>
                  <th scope="row">{CONDITION_LABELS[c]}</th>
                  <td>{outcome ? CONDITION_STATUS_LABELS[outcome.status] : '—'}</td>
                  <td>{outcome ? SOURCE_TEXT[outcome.source] : '—'}</td>
                  <td>{outcome?.note ?? '—'}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </div>
  );
}
