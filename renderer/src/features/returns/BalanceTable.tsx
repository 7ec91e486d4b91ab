import type { Balance } from '../../../../shared/domain/returns/returns-queries';
import { weekName } from './balance-weeks';

/** The balance's figures, week by week: what the charts draw, readable and copyable. */
export function BalanceTable({ balance }: { balance: Balance }) {
  return (
    <details className="balance-figures">
      <summary>Figures by week</summary>
      <table className="table table--compact" aria-label="Balance by week">
        <thead>
          <tr>
            <th scope="col">Week (UK)</th>
            <th scope="col" className="num">Removed (out)</th>
            <th scope="col" className="num">Arrived by safe route (in)</th>
            <th scope="col" className="num">Removed, running total</th>
            <th scope="col" className="num">Arrived, running total</th>
          </tr>
        </thead>
        <tbody>
          {balance.weeks.map((w) => (
            <tr key={w.week}>
              <th scope="row">{weekName(w)}</th>
              <td className="num">{w.removals}</td>
              <td className="num">{w.transfersIn}</td>
              <td className="num">{w.cumulativeRemovals}</td>
              <td className="num">{w.cumulativeTransfersIn}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}
