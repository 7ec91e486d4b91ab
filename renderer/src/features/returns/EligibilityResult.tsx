import { CONDITION_LABELS, ELIGIBILITY_CONDITIONS } from '../../../../shared/domain/returns/eligibility-conditions';
import { ELIGIBILITY_RESULT_LABELS, type ReturnCase } from '../../../../shared/domain/returns/case-states';
import { conditionStatusText, unsentReferralCondition } from '../../../../shared/domain/returns/referral-status';
import type { StoredAssessment } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';

const RESULT_BADGE = { eligible: 'badge badge--final', ineligible: 'badge badge--alert', undetermined: 'badge badge--draft' } as const;
const SOURCE_TEXT = { facts: "The person's record", recorded: "The officer's recording", both: "The person's record and the officer's recording", none: 'Nothing yet' } as const;

interface EligibilityResultProps {
  assessment: StoredAssessment;
  /** The case as it stands: whether the readmission request has been sent since the check. */
  times: Pick<ReturnCase, 'state' | 'arrivedAt' | 'referralSentAt'>;
  detailed: boolean;
  /** An NRM referral on the person's record not yet recorded as a barrier: "every condition is met" must not read as "nothing stands in the way". */
  nrmReferralPending?: boolean;
}

/**
 * The engine's weighing of the conditions: the result, a reason for every condition not met or
 * unknown, and, while the readmission request is not yet sent, by when it must be.
 */
export function EligibilityResult({ assessment, times, detailed, nrmReferralPending = false }: EligibilityResultProps) {
  const now = new Date().toISOString();
  const referral = assessment.conditions.REFERRAL_IN_TIME;
  const unsent = referral ? unsentReferralCondition('REFERRAL_IN_TIME', referral.status, times, now) : null;
  return (
    <div className="eligibility-result" data-testid="eligibility-result">
      <p>
        <strong>Result:</strong> <span className={RESULT_BADGE[assessment.result]}>{ELIGIBILITY_RESULT_LABELS[assessment.result]}</span>{' '}
        <span className="muted" data-testid="eligibility-assessed">
          {assessment.recordedAt
            ? `assessed ${formatUkDateTime(assessment.assessedAt)}; recorded later by ${assessment.assessedBy}, ${formatUkDateTime(assessment.recordedAt)}`
            : `assessed by ${assessment.assessedBy}, ${formatUkDateTime(assessment.assessedAt)}`}
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
      {nrmReferralPending && (
        <p className="notice notice--warning" data-testid="eligibility-nrm-warning">
          An NRM referral is recorded on the person: it is a barrier to removal, whatever this result says. Record it on the case (see the warning above).
        </p>
      )}
      {unsent && (
        <p data-testid="referral-not-sent">
          <strong>Readmission request:</strong> {unsent}
        </p>
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
                  <td>{outcome ? conditionStatusText(c, outcome.status, times, now) : '—'}</td>
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
