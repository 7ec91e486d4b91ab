import { useEffect, useState } from 'react';
import type { WeeksAtCap } from '../../../../shared/domain/returns/returns-queries';
import { ukWeekName } from '../../../../shared/domain/returns/weekly-cap';
import { call } from '../../api/client';

/**
 * The weeks to come already at or over the cap, so a full week is seen on the Returns page
 * rather than found by the next officer to schedule into it. `cap` reloads it when the cap changes.
 */
export function WeeksAtCapNotice({ cap }: { cap: number }) {
  const [found, setFound] = useState<WeeksAtCap | null>(null);
  useEffect(() => {
    let live = true;
    call('returns.weeksAtCap').then(
      (answer) => live && setFound(answer),
      () => undefined, // nothing shown then: each week is still checked when a removal is scheduled into it
    );
    return () => {
      live = false;
    };
  }, [cap]);
  if (!found?.weeks.length) return null;
  return (
    <div className="notice notice--warning" data-testid="weeks-at-cap">
      <p>Weeks to come already at or over the weekly cap of {found.cap} (a warning only):</p>
      <ul>
        {found.weeks.map((w) => (
          <li key={w.week}>
            {ukWeekName(w.weekStart)}: {w.count} removals scheduled{w.count > found.cap ? `, ${w.count - found.cap} over the cap` : ', full'}
          </li>
        ))}
      </ul>
    </div>
  );
}
