import { useEffect, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Output } from '../../../../shared/api';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { RECORD_NOUN, recordPage } from './record-pages';

type Refused = Output<'sync.refused'>[number];

/**
 * What to do, for the reason given. A refused change is never sent again as it was: the
 * record goes to the centre once it is saved again (by an officer the centre accepts).
 */
const ADVICE: Record<Refused['cause'], string> = {
  record: 'Correct the record: the correction is sent at the next Sync.',
  officer_disabled:
    'The centre no longer takes changes by this officer. If they should not have been disabled, ask an administrator to enable them again at the centre; ' +
    'otherwise another officer checks the record. Then open the record and save it again (Correct, then Save): it is sent at the next Sync, in the name of the officer who saved it.',
  officer_unknown: 'Ask an administrator to create this officer at the centre. Then open the record and save it again (Correct, then Save): it is sent at the next Sync.',
};

/**
 * Records the centre refused, each with the centre's reason: they stay on this device, and
 * are sent again once corrected (or once an administrator has put right what the centre lacked).
 */
export function RefusedPage() {
  const [refused, setRefused] = useState<Refused[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => void call('sync.refused').then(setRefused, (e: unknown) => setError(e instanceof Error ? e.message : 'Could not load the refused records')), []);

  return (
    <section aria-labelledby="refused-title">
      <h1 id="refused-title">Refused by the centre</h1>
      <ErrorBanner message={error} />
      <p className="muted">
        These records are kept on this device, but the central service would not take them. Each says why and what to do; a record is sent again when it is
        saved again.
      </p>
      {refused?.length === 0 && <p className="empty">Nothing refused. Every record sent was taken by the centre.</p>}
      {refused && refused.length > 0 && (
        <table className="table" aria-label="Refused records">
          <thead>
            <tr><th scope="col">Record</th><th scope="col">Refused</th><th scope="col">Why</th><th scope="col">What to do</th></tr>
          </thead>
          <tbody>
            {refused.map((r) => {
              const page = recordPage(r);
              const name = (
                <>
                  {RECORD_NOUN[r.recordType] ?? r.recordType} {r.reference && <span className="reference">{r.reference}</span>}
                </>
              );
              return (
                <tr key={`${r.recordType}-${r.recordId}`}>
                  <td>{page ? <Link to={page}>{name}</Link> : name}</td>
                  <td>{formatUkDateTime(r.refusedAt)}</td>
                  <td className="wrap-anywhere">{r.reason}</td>
                  <td>{ADVICE[r.cause]}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
