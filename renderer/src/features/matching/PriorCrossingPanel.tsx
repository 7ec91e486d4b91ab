import { useId, useState } from 'react';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { CandidateCard } from './CandidateCard';
import { MatchFlagBanner } from './MatchFlagBanner';
import { useMatchCheck } from './use-match-check';
import './matching.css';
import { BusyButton } from '../../ui/BusyButton';

/**
 * Has this person crossed by small boat before? The warning banner (a safe-route arrival is
 * checked when saved; a small-boat arrival is checked against people removed under the
 * pilot), the check on demand for anyone, and the ranked candidates with the reasons for
 * each score, each confirmed or dismissed by an officer with a note.
 */
export function PriorCrossingPanel({ arrivalId }: { arrivalId: string }) {
  const headingId = useId();
  const { flags, decidedCandidates, list, checking, error, check, decided } = useMatchCheck(arrivalId);
  const [showWeaker, setShowWeaker] = useState(false);
  const [justDecidedId, setJustDecidedId] = useState<string | null>(null);
  // Until a check runs, the decisions already recorded for this person stand in for its result.
  const recorded = !list && decidedCandidates ? decidedCandidates : [];
  const shown = list?.candidates.filter((c) => c.probable || c.decision) ?? recorded;
  const weaker = list?.candidates.filter((c) => !c.probable && !c.decision) ?? [];
  const card = (c: (typeof shown)[number]) => (
    <CandidateCard key={c.arrivalId} subjectId={arrivalId} candidate={c} justDecidedId={justDecidedId} onDecided={(d) => (setJustDecidedId(d.id), decided(d))} />
  );

  return (
    <section className="match-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Prior crossings</h2>
      <ErrorBanner message={error} />
      {flags && <MatchFlagBanner flags={flags} />}
      <div className="match-panel__actions">
        <BusyButton type="button" className="button" onClick={() => void check()} busy={checking}>
          Check for prior crossings
        </BusyButton>
        {list && <span className="muted">Every recorded small-boat arrival searched, {formatUkDateTime(list.checkedAt)}.</span>}
        {!list && !checking && recorded.length > 0 && (
          <span className="muted">
            {recorded.length === 1 ? 'The decision' : `The ${recorded.length} decisions`} recorded for this person {recorded.length === 1 ? 'is' : 'are'} shown below. Check
            again to search every small-boat arrival for new candidates.
          </span>
        )}
        {!list && !checking && recorded.length === 0 && flags && !flags.priorCrossing && (
          <span className="muted">Not checked yet for this person: the check searches every small-boat arrival recorded here or pulled from the centre.</span>
        )}
      </div>
      {list && shown.length === 0 && <p>No probable match among the recorded small-boat arrivals.</p>}
      {shown.map(card)}
      {weaker.length > 0 && (
        <div className="match-panel__weaker">
          <button type="button" className="button button--quiet" aria-expanded={showWeaker} onClick={() => setShowWeaker((v) => !v)}>
            {showWeaker ? 'Hide' : 'Show'} {weaker.length} weaker {weaker.length === 1 ? 'candidate' : 'candidates'} (below {Math.round(list!.threshold * 100)}%)
          </button>
          {showWeaker && weaker.map(card)}
        </div>
      )}
      {showWeaker && list!.notListed > 0 && (
        <p className="muted">
          {list!.notListed} more weaker {list!.notListed === 1 ? 'candidate is' : 'candidates are'} not listed. Namesakes of a common name cannot be told apart by name
          and year of birth; a document number or a biometric reference can.
        </p>
      )}
    </section>
  );
}
