import { ukWeekName } from '../../../../shared/domain/returns/weekly-cap';
import { call } from '../../api/client';
import { useLoaded } from '../../ui/use-loaded';

/**
 * The weeks to come already at or over the cap, so a full week is seen on the Returns page
 * rather than found by the next officer to schedule into it. `cap` reloads it when the cap changes.
 */
export function WeeksAtCapNotice({ cap }: { cap: number }) {
  // Not answered: nothing shown, as each week is still checked when a removal is scheduled into it.
  const { data: found } = useLoaded(String(cap), () => call('returns.weeksAtCap'));
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
