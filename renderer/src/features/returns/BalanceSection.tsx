import { useCallback, useEffect, useState } from 'react';
import { AppError, type FieldIssue } from '../../../../shared/domain/errors';
import { BalanceQuery, type Balance } from '../../../../shared/domain/returns/returns-queries';
import { ukDayOf } from '../../../../shared/domain/time';
import { toFieldIssues } from '../../../../shared/domain/validation';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { weekEndDay } from './balance-weeks';
import { BalanceChart } from './BalanceChart';
import { BalanceTable } from './BalanceTable';

/** The last twelve weeks to today, in UK days: enough to see the balance move, few enough to read. */
function defaultRange() {
  const to = ukDayOf(new Date().toISOString());
  const from = new Date(Date.parse(`${to}T12:00:00Z`) - 11 * 7 * 86_400_000).toISOString().slice(0, 10);
  return { from, to };
}

/** Returns out against transfers in, per UK week, with running totals (DOMAIN.md "Balance"). */
export function BalanceSection() {
  const [range, setRange] = useState(defaultRange);
  const [balance, setBalance] = useState<Balance | null>(null);
  const [issues, setIssues] = useState<FieldIssue[]>([]);
  const [failure, setFailure] = useState<string | null>(null);

  const load = useCallback(async (wanted: { from: string; to: string }) => {
    const checked = BalanceQuery.safeParse(wanted);
    setIssues(checked.success ? [] : toFieldIssues(checked.error));
    if (!checked.success) return;
    setFailure(null);
    try {
      setBalance(await call('returns.balance', checked.data));
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') setIssues(error.issues);
      else setFailure(error instanceof Error ? error.message : 'Could not load the balance');
    }
  }, []);
  useEffect(() => {
    let live = true;
    call('returns.balance', defaultRange()).then(
      (loaded) => live && setBalance(loaded),
      (error: unknown) => live && setFailure(error instanceof Error ? error.message : 'Could not load the balance'),
    );
    return () => {
      live = false;
    };
  }, []);

  const errorOf = (path: string) => issues.find((i) => i.path === path)?.message;
  const last = balance?.weeks.at(-1);
  return (
    <section aria-labelledby="balance-title">
      <h2 id="balance-title">Balance: returns out, transfers in</h2>
      <form className="custom-range" aria-label="Weeks to show" noValidate onSubmit={(e) => (e.preventDefault(), void load(range))}>
        <Field label="From" error={errorOf('from')}>
          <input type="date" value={range.from} onChange={(e) => setRange({ ...range, from: e.target.value })} />
        </Field>
        <Field label="To" error={errorOf('to')} hint="Whole UK weeks (Monday to Sunday) are shown">
          <input type="date" value={range.to} onChange={(e) => setRange({ ...range, to: e.target.value })} />
        </Field>
        <button type="submit" className="button button--primary">
          Show
        </button>
      </form>
      <ErrorBanner message={failure} />
      {balance && last && (
        <>
          <p data-testid="balance-totals">
            Since records began, up to {weekEndDay(last.weekStart)}: <strong>{last.cumulativeRemovals}</strong> removed to France and{' '}
            <strong>{last.cumulativeTransfersIn}</strong> arrived by the safe route.
            {balance.until < balance.to && ' The weeks after this one have not happened yet, so they are not shown.'}
          </p>
          <div className="chart-grid">
            <BalanceChart weeks={balance.weeks} mode="weekly" title="Each week: removed to France and arrived by the safe route" />
            <BalanceChart weeks={balance.weeks} mode="cumulative" title="Running totals since records began" />
          </div>
          <BalanceTable balance={balance} />
        </>
      )}
    </section>
  );
}
