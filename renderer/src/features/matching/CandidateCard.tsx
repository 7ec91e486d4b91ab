import { useId, useState } from 'react';
import type { MatchDecision, PriorCrossingCandidate } from '../../../../shared/domain/matching/prior-crossing';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { formatDateOfBirth, formatUkDateTime } from '../../../../shared/domain/time';
import { formatScore } from './candidate-format';
import { DecisionForm } from './DecisionForm';

interface CandidateCardProps {
  subjectId: string;
  candidate: PriorCrossingCandidate;
  onDecided(decision: MatchDecision): void;
}

function DecisionStanding({ decision }: { decision: MatchDecision }) {
  const confirmed = decision.decision === 'CONFIRMED';
  return (
    <p className={confirmed ? 'notice notice--warning' : 'notice notice--ok'} data-testid="match-decision">
      {confirmed ? 'Confirmed as the same person' : 'Dismissed: not the same person'} by {decision.officer}, {formatUkDateTime(decision.createdAt)}. “{decision.note}”
    </p>
  );
}

/** One recorded arrival the engine proposes, with its score and every reason for it. */
export function CandidateCard({ subjectId, candidate: c, onDecided }: CandidateCardProps) {
  const headingId = useId();
  // A probable match is decided on the spot; a weaker one only if the officer asks to.
  const [deciding, setDeciding] = useState(c.probable && !c.decision);
  return (
    <article className={c.probable ? 'match-candidate match-candidate--probable' : 'match-candidate'} aria-labelledby={headingId}>
      <header className="match-candidate__header">
        <h3 id={headingId}>
          {c.name} <span className="mono">{c.reference}</span>
        </h3>
        <span className={c.probable ? 'badge badge--alert' : 'badge badge--weak'} data-testid="match-score">
          {formatScore(c.score)} {c.probable ? 'probable match' : 'weaker'}
        </span>
      </header>
      {c.removedUnderPilot && <p className="notice notice--warning">Removed to France under the pilot.</p>}
      <dl className="match-candidate__facts">
        <div><dt>Date of birth</dt><dd>{formatDateOfBirth(c.dateOfBirth, c.dateOfBirthPrecision) ?? 'Not recorded'}</dd></div>
        <div><dt>Nationality</dt><dd>{c.nationality ? nationalityName(c.nationality) : 'Not recorded'}</dd></div>
        <div><dt>Arrived by small boat</dt><dd>{formatUkDateTime(c.arrivedAt)}</dd></div>
      </dl>
      <h4 className="match-candidate__why">Why</h4>
      <ul className="match-candidate__reasons">
        {c.reasons.map((r) => (
          <li key={r}>{r}</li>
        ))}
      </ul>
      {c.decision && <DecisionStanding decision={c.decision} />}
      {c.earlierDecisions.length > 0 && (
        <details className="match-candidate__earlier">
          <summary>Earlier decisions on this match ({c.earlierDecisions.length})</summary>
          <ul>
            {c.earlierDecisions.map((d) => (
              <li key={d.id}>
                {d.decision === 'CONFIRMED' ? 'Confirmed' : 'Dismissed'} by {d.officer}, {formatUkDateTime(d.createdAt)}. “{d.note}”
              </li>
            ))}
          </ul>
        </details>
      )}
      {deciding ? (
        <DecisionForm
          subjectId={subjectId}
          candidateId={c.arrivalId}
          onDecided={(d) => {
            setDeciding(false);
            onDecided(d);
          }}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => setDeciding(true)}>
          {c.decision ? 'Change the decision' : 'Confirm or dismiss…'}
        </button>
      )}
    </article>
  );
}
