import { useCallback, useEffect, useState } from 'react';
import type { MatchDecision, MatchFlags, PriorCrossingCandidate, PriorCrossings } from '../../../../shared/domain/matching/prior-crossing';
import { call } from '../../api/client';

interface State {
  arrivalId: string;
  flags: MatchFlags | null;
  /** The candidates already decided on, loaded with the screen: shown until a check is run. */
  decided: PriorCrossingCandidate[] | null;
  list: PriorCrossings | null;
  checking: boolean;
  error: string | null;
}

const EMPTY: State = { arrivalId: '', flags: null, decided: null, list: null, checking: false, error: null };

const message = (e: unknown, fallback: string) => (e instanceof Error ? e.message : fallback);

/** What the screen shows on every visit, before any check: the person's flags and the decisions recorded for them. */
const flagsAndDecisions = (arrivalId: string) => Promise.all([call('matching.flags', { arrivalId }), call('matching.decisions', { arrivalId })]);

/** The decision it replaces joins the earlier ones, newest first, as the engine lists them. */
function withDecision(c: PriorCrossingCandidate, decision: MatchDecision): PriorCrossingCandidate {
  if (c.arrivalId !== decision.candidateId) return c;
  return { ...c, decision, earlierDecisions: c.decision ? [c.decision, ...c.earlierDecisions] : c.earlierDecisions };
}

/**
 * The person's flags and recorded decisions (asked for at once: a safe-route arrival was
 * checked when it was saved, and a decision must be seen on every visit) and, when flagged
 * or asked for, the ranked candidates. A decision replaces its candidate's decision in place
 * and refreshes the flags; nothing for another person is ever shown under this one.
 */
export function useMatchCheck(arrivalId: string) {
  const [state, setState] = useState<State>(EMPTY);

  const check = useCallback(async () => {
    setState((s) => (s.arrivalId === arrivalId ? { ...s, checking: true, error: null } : { ...EMPTY, arrivalId, checking: true }));
    try {
      const list = await call('matching.priorCrossings', { arrivalId });
      setState((s) => (s.arrivalId === arrivalId ? { ...s, list, checking: false } : s));
    } catch (e) {
      setState((s) => (s.arrivalId === arrivalId ? { ...s, checking: false, error: message(e, 'Could not check for prior crossings') } : s));
    }
  }, [arrivalId]);

  useEffect(() => {
    let live = true;
    flagsAndDecisions(arrivalId).then(
      ([flags, decided]) => {
        if (!live) return;
        setState((s) => (s.arrivalId === arrivalId ? { ...s, flags, decided } : { ...EMPTY, arrivalId, flags, decided }));
        const flagged = [flags.priorCrossing, flags.reEntry].some((f) => f && f.status !== 'CLEAR');
        if (flagged) void check();
      },
      (e: unknown) => live && setState({ ...EMPTY, arrivalId, error: message(e, 'Could not load the prior-crossing check') }),
    );
    return () => {
      live = false;
    };
  }, [arrivalId, check]);

  const decided = useCallback(
    (decision: MatchDecision) => {
      setState((s) => {
        if (s.arrivalId !== decision.subjectId) return s;
        const list = s.list && { ...s.list, candidates: s.list.candidates.map((c) => withDecision(c, decision)) };
        return { ...s, list, decided: s.decided && s.decided.map((c) => withDecision(c, decision)) };
      });
      flagsAndDecisions(arrivalId).then(
        ([flags, decidedNow]) => setState((s) => (s.arrivalId === arrivalId ? { ...s, flags, decided: decidedNow } : s)),
        () => undefined, // the decision is saved; the banner catches up on the next visit
      );
    },
    [arrivalId],
  );

  const current = state.arrivalId === arrivalId;
  return {
    flags: current ? state.flags : null,
    decidedCandidates: current ? state.decided : null,
    list: current ? state.list : null,
    checking: current && state.checking,
    error: current ? state.error : null,
    check,
    decided,
  };
}
