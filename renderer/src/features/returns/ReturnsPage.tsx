import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import { isPastPilotStatedEnd, PILOT_STATED_END_DAY } from '../../../../shared/domain/returns/deadlines';
import type { DueSoonItem, WeeklyCapView } from '../../../../shared/domain/returns/returns-queries';
import { formatCalendarDate } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { BalanceSection } from './BalanceSection';
import { DueSoonTable } from './DueSoonTable';
import { WeeklyCapSection } from './WeeklyCapSection';
import './returns.css';

/** /returns: what is due, where this week stands against the cap, and the balance out and in. */
export function ReturnsPage() {
  const [dueSoon, setDueSoon] = useState<DueSoonItem[] | null>(null);
  const [cap, setCap] = useState<WeeklyCapView | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

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
      {isPastPilotStatedEnd(new Date()) && (
        <p className="notice notice--warning" data-testid="pilot-end-notice">
          The pilot was agreed to run until {formatCalendarDate(PILOT_STATED_END_DAY)} unless renewed. Before opening a case, check that it has been renewed.
        </p>
      )}
      <section aria-labelledby="due-soon-title">
        <h2 id="due-soon-title">Due soon or overdue</h2>
        {dueSoon ? <DueSoonTable items={dueSoon} /> : <p aria-busy="true">Loading…</p>}
      </section>
      {cap && <WeeklyCapSection cap={cap} onChanged={setCap} />}
      <BalanceSection />
    </div>
  );
}
