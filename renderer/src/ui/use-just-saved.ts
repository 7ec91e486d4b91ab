import { useEffect, useState } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

export type SaveOutcome = 'created' | 'corrected' | 'unchanged';

/** What a save did: made the record, corrected it, or found nothing changed (the engine then keeps the version). */
export function saveOutcome(existing: { version: number } | null, saved: { version: number }): SaveOutcome {
  if (!existing) return 'created';
  return saved.version === existing.version ? 'unchanged' : 'corrected';
}

/**
 * The "saved" outcome an editor passed in the navigation state, for the record page's banner
 * right after a save. The state is then cleared from history, so that a reload (or coming
 * Back to the page later) does not announce the same save again; the outcome is kept in
 * memory for as long as this page stays open.
 */
export function useJustSaved(): SaveOutcome | undefined {
  const { pathname, search, state } = useLocation();
  const navigate = useNavigate();
  const fromState = (state as { saved?: SaveOutcome } | null)?.saved;
  const [kept, setKept] = useState<{ pathname: string; saved: SaveOutcome } | null>(null);

  // Kept while rendering (React's pattern for state derived from a changed input), before the state is cleared below.
  if (fromState && (kept?.pathname !== pathname || kept.saved !== fromState)) setKept({ pathname, saved: fromState });
  useEffect(() => {
    if (!fromState) return;
    void navigate(`${pathname}${search}`, { replace: true, state: null });
  }, [fromState, pathname, search, navigate]);

  return fromState ?? (kept?.pathname === pathname ? kept.saved : undefined);
}
