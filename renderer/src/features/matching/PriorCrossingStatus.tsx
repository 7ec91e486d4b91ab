import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { MatchFlags } from '../../../../shared/domain/matching/prior-crossing';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { MatchFlagBanner } from './MatchFlagBanner';
import './matching.css';

/**
 * The prior-crossing verdict for a person recorded elsewhere (a safe-route application),
 * read live from their arrival so that an officer's later decision shows at once. The
 * candidates and decisions themselves live on the person's screen.
 */
export function PriorCrossingStatus({ arrivalId }: { arrivalId: string | null }) {
  const [loaded, setLoaded] = useState<{ id: string; flags: MatchFlags | null; error: string | null } | null>(null);
  useEffect(() => {
    if (!arrivalId) return;
    let live = true;
    call('matching.flags', { arrivalId }).then(
      (flags) => live && setLoaded({ id: arrivalId, flags, error: null }),
      (e: unknown) => live && setLoaded({ id: arrivalId, flags: null, error: e instanceof Error ? e.message : 'Could not load the prior-crossing check' }),
    );
    return () => {
      live = false;
    };
  }, [arrivalId]);

  if (!arrivalId) return <p className="muted">Checked against every recorded small-boat arrival when the person arrives in the UK.</p>;
  if (loaded?.id !== arrivalId) return <p aria-busy="true">Checking for prior crossings…</p>;
  return (
    <div className="match-status">
      <ErrorBanner message={loaded.error} />
      {loaded.flags && <MatchFlagBanner flags={loaded.flags} />}
      <Link to={`/arrivals/${arrivalId}`}>Candidates and decisions on the person&apos;s record</Link>
    </div>
  );
}
