import type { FlagSummary, MatchFlags } from '../../../../shared/domain/matching/prior-crossing';
import { countOf } from '../../../../shared/domain/count-words';


function PriorCrossingNotice({ flag }: { flag: FlagSummary }) {
  if (flag.status === 'CONFIRMED') {
    return <p className="banner banner--error" role="alert">Prior small-boat crossing confirmed by an officer. The safe route is for people who have not crossed before.</p>;
  }
  if (flag.status === 'POSSIBLE') {
    return (
      <p className="banner banner--error" role="alert">
        Possible prior small-boat crossing: {countOf(flag.undecided, 'probable match', 'probable matches')} to confirm or dismiss. The safe route is for people who
        have not crossed before.
      </p>
    );
  }
  const weaker = flag.weaker > 0 ? ` ${countOf(flag.weaker, 'weaker candidate', 'weaker candidates')} (a common name or a partial match) can be looked at below.` : '';
  return <p className="banner banner--ok" role="status">No probable prior small-boat crossing, or every one dismissed.{weaker}</p>;
}

function ReEntryNotice({ flag }: { flag: FlagSummary }) {
  if (flag.status === 'CONFIRMED') return <p className="banner banner--error" role="alert">Re-entry confirmed: this person was removed to France under the pilot and has come back.</p>;
  if (flag.status === 'POSSIBLE') {
    return (
      <p className="banner banner--error" role="alert">
        Possible re-entry: this person may have been removed to France under the pilot ({countOf(flag.undecided, 'probable match', 'probable matches')} to confirm or
        dismiss).
      </p>
    );
  }
  return null; // nothing to say about the everyday case
}

/** The warnings the person's screen must show without anyone asking. */
export function MatchFlagBanner({ flags }: { flags: MatchFlags }) {
  return (
    <>
      {flags.reEntry && <ReEntryNotice flag={flags.reEntry} />}
      {flags.priorCrossing && <PriorCrossingNotice flag={flags.priorCrossing} />}
    </>
  );
}
