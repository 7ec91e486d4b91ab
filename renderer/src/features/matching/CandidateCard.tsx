import { forwardRef, useEffect, useId, useRef, useState } from 'react';
import type { MatchDecision, PriorCrossingCandidate } from '../../../../shared/domain/matching/prior-crossing';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { formatDateOfBirth, formatUkDateTime } from '../../../../shared/domain/time';
import { formatScore } from './candidate-format';
import { DecisionForm } from './DecisionForm';

interface CandidateCardProps {
  subjectId: string;
  candidate: PriorCrossingCandidate;
  onDecided(decision: MatchDecision): void;
  /** The decision just recorded here, if any: the keyboard goes on from its line (the form that took it is gone). */
  justDecidedId?: string | null;
}

/** "Dismissed by <officer> on <date>: not the same person. “note”": who and when first, as an officer reads a log. */
function decisionLine(d: MatchDecision): string {
  const confirmed = d.decision === 'CONFIRMED';
  return `${confirmed ? 'Confirmed' : 'Dismissed'} by ${d.officer} on ${formatUkDateTime(d.createdAt)}: ${confirmed ? 'the same person' : 'not the same person'}. “${d.note}”`;
}

const DecisionStanding = forwardRef<HTMLParagraphElement, { decision: MatchDecision }>(function DecisionStanding({ decision }, ref) {
  return (
    <p ref={ref} tabIndex={-1} className={decision.decision === 'CONFIRMED' ? 'notice notice--warning' : 'notice notice--ok'} data-testid="match-decision">
      {decisionLine(decision)}
    </p>
  );
});

/** The decision just replaced stays in view (the usual question is "what did it say before?"); older ones fold. */
function EarlierDecisions({ decisions }: { decisions: MatchDecision[] }) {
  const [latest, ...older] = decisions;
  if (!latest) return null;
  return (
    <div className="match-candidate__earlier" data-testid="match-earlier-decisions">
      <h4>Earlier decisions on this match ({decisions.length})</h4>
      <ul>
        <li>{decisionLine(latest)}</li>
      </ul>
      {older.length > 0 && (
        <details>
          <summary>{older.length} older {older.length === 1 ? 'decision' : 'decisions'}</summary>
          <ul>
            {older.map((d) => (
              <li key={d.id}>{decisionLine(d)}</li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}

/** One recorded arrival the engine proposes, with its score and every reason for it. */
export function CandidateCard({ subjectId, candidate: c, onDecided, justDecidedId = null }: CandidateCardProps) {
  const headingId = useId();
  // A probable match is decided on the spot; a weaker one only if the officer asks to.
  const [deciding, setDeciding] = useState(c.probable && !c.decision);
  // Asked for by the officer (not opened with the screen): the cursor goes to the note.
  const [asked, setAsked] = useState(false);
  const standing = useRef<HTMLParagraphElement>(null);
  const decisionId = c.decision?.id ?? null;
  useEffect(() => {
    if (justDecidedId && decisionId === justDecidedId) standing.current?.focus();
  }, [justDecidedId, decisionId]);
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
      {c.sameBoat && (
        <p className="notice notice--warning" data-testid="match-same-boat">
          Recorded from the same boat: not an earlier crossing. If this is the same person, they have been recorded twice.
        </p>
      )}
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
      {c.decision && <DecisionStanding ref={standing} decision={c.decision} />}
      <EarlierDecisions decisions={c.earlierDecisions} />
      {deciding ? (
        <DecisionForm
          subjectId={subjectId}
          candidateId={c.arrivalId}
          focusNote={asked}
          onDecided={(d) => {
            setDeciding(false);
            onDecided(d);
          }}
        />
      ) : (
        <button type="button" className="button button--small" onClick={() => (setDeciding(true), setAsked(true))}>
          {c.decision ? 'Change the decision' : 'Confirm or dismiss…'}
        </button>
      )}
    </article>
  );
}
