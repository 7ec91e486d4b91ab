import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { pilotEndedWarning } from '../../../../shared/domain/returns/pilot-period';
import type { DueSoonItem, WeeklyCapView } from '../../../../shared/domain/returns/returns-queries';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useLoaded } from '../../ui/use-loaded';
import { BalanceSection } from './BalanceSection';
import { DueSoonTable } from './DueSoonTable';
import { PilotPeriodSection } from './PilotPeriodSection';
import { WeeklyCapSection } from './WeeklyCapSection';
import './returns.css';

/** /returns: what is due, where this week stands against the cap, and the balance out and in. */
export function ReturnsPage() {
  const [dueSoon, setDueSoon] = useState<DueSoonItem[] | null>(null);
  const [cap, setCap] = useState<WeeklyCapView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const { data: pilot, replace: replacePilot } = useLoaded('pilot', () => call('returns.pilotPeriod'));
  const pilotWarning = pilot && pilotEndedWarning(pilot);

  useEffect(() => {
    let live = true;
    // The due-soon list first: listing expires overdue cases, which the cap count must then see.
    call('returns.dueSoon')
      .then((list) => {
        if (live) setDueSoon(list.items);
        return call('returns.weeklyCap');
      })
      .then((week) => live && setCap(week))
      .catch((error: unknown) => live && setFailure(error instanceof Error ? error.message : 'Could not load the returns figures'));
    return () => {
      live = false;
    };
  }, []);

  return (
    <div className="returns-page">
      <div className="page-header">
        <h1>Returns pilot</h1>
      </div>
      <p className="returns-links">
        <Link to="/transfers">Safe-route transfers</Link>
        <Link to="/arrivals">Find a person to open a case</Link>
      </p>
      <ErrorBanner message={failure} />
      {pilotWarning && (
        <p className="notice notice--warning" data-testid="pilot-end-notice">
          {pilotWarning}
        </p>
      )}
      <section aria-labelledby="due-soon-title">
        <h2 id="due-soon-title">Due soon or overdue</h2>
        {dueSoon ? <DueSoonTable items={dueSoon} /> : <p aria-busy="true">Loading…</p>}
      </section>
      {cap && <WeeklyCapSection cap={cap} onChanged={setCap} />}
      <BalanceSection />
      {pilot && <PilotPeriodSection period={pilot} onChanged={(period) => replacePilot('pilot', period)} />}
    </div>
  );
}
