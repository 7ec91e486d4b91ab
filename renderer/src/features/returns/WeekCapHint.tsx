import { useEffect, useState } from 'react';
import type { WeeklyCapView } from '../../../../shared/domain/returns/returns-queries';
import { ukWeekName } from '../../../../shared/domain/returns/weekly-cap';
import { ukLocalToUtcIso } from '../../../../shared/domain/time';
import { call } from '../../api/client';

/**
 * Where the week of the removal time being typed stands against the weekly cap, before the
 * officer confirms: the cap is only a warning, but a full week is better seen than found.
 * The case itself is left out (a reschedule is not one more removal), as the engine does
 * when it warns on Confirm.
 */
export function WeekCapHint({ removalAtLocal, caseId }: { removalAtLocal: string | undefined; caseId: string }) {
  const [found, setFound] = useState<{ at: string; view: WeeklyCapView } | null>(null);
  const at = removalAtLocal ? ukLocalToUtcIso(removalAtLocal) : undefined;
  useEffect(() => {
    if (!at) return;
    let live = true;
    call('returns.weeklyCap', { at, exceptCaseId: caseId }).then(
      (view) => live && setFound({ at, view }),
      () => undefined, // no hint then: the cap is checked again when the removal is recorded
    );
    return () => {
      live = false;
    };
  }, [at, caseId]);
  // Only the answer for the time now in the field: an older answer is not shown meanwhile.
  const week = found && found.at === at ? found.view : null;
  if (!week) return null;
  const full = week.count >= week.cap;
  return (
    <p className={full ? 'notice notice--warning' : 'muted'} data-testid="week-cap-hint">
      {ukWeekName(week.weekStart)}: {week.count} of {week.cap} removals already scheduled or done.
      {week.count > week.cap
        ? ` The week is already ${week.count - week.cap} over the cap: you can still schedule this one.`
        : full
          ? ' The week is full: you can still schedule this one, and it will be shown over the cap.'
          : ''}
    </p>
  );
}
