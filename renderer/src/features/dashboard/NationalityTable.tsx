import type { DashboardSummary } from '../../../../shared/domain/dashboard';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { count, share } from './format';

const name = (code: string) => (code === 'unknown' ? 'Not recorded' : nationalityName(code));

/** The ten most common nationalities, each with a bar drawn to scale against the first. */
export function NationalityTable({ summary: s }: { summary: DashboardSummary }) {
  const most = s.nationalities[0]?.count ?? 0;
  return (
    <section aria-labelledby="nationalities">
      <h2 id="nationalities" className="dashboard__heading">
        Nationality, top 10
      </h2>
      {s.nationalities.length === 0 ? (
        <p className="empty">Nobody recorded in this period.</p>
      ) : (
        <table className="table nationality-table" aria-labelledby="nationalities">
          <thead>
            <tr>
              <th scope="col">Nationality</th>
              <th scope="col" className="num">
                People
              </th>
              <th scope="col" className="num">
                Share
              </th>
              <th scope="col" aria-hidden="true" className="nationality-table__bar-col" />
            </tr>
          </thead>
          <tbody>
            {s.nationalities.map((n) => (
              <tr key={n.code}>
                <th scope="row">{name(n.code)}</th>
                <td className="num">{count(n.count)}</td>
                <td className="num">{share(n.count, s.people)}</td>
                <td aria-hidden="true">
                  <span className="inline-bar" style={{ width: `${most ? (n.count / most) * 100 : 0}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
