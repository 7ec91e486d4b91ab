import { useEffect, useRef } from 'react';
import { Link } from 'react-router-dom';
import type { Interception } from '../../../../../shared/domain/interception';
import type { SaveOutcome } from '../../../ui/use-just-saved';

/**
 * Confirms the save and, for a new boat, puts the next job — recording its people — one
 * Enter away: focus moves to that button.
 */
export function SavedBanner({ record, saved }: { record: Interception; saved: SaveOutcome }) {
  const next = useRef<HTMLAnchorElement>(null);
  useEffect(() => next.current?.focus(), []);
  if (saved === 'unchanged') {
    return (
      <div className="banner banner--ok" role="status">
        Nothing was changed, so nothing new was saved.
      </div>
    );
  }
  if (saved === 'corrected') {
    return (
      <div className="banner banner--ok" role="status">
        Correction saved on this device. It is shown in the history below.
      </div>
    );
  }
  return (
    <div className="banner banner--ok banner--with-action" role="status">
      <span>
        {record.status === 'DRAFT' ? 'Draft saved' : 'Saved'} on this device as {record.reference}.
      </span>
      <Link ref={next} className="button button--primary button--large" to={`/interceptions/${record.id}/people`}>
        Add people aboard
      </Link>
    </div>
  );
}
