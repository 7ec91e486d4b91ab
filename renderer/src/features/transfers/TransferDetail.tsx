import { Link, useParams } from 'react-router-dom';
import { labelOf } from '../../../../shared/domain/reference/options';
import { SEXES } from '../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import type { Transfer } from '../../../../shared/domain/transfers/transfer';
import { CHECK_RESULTS, TRANSFER_STATE_LABELS } from '../../../../shared/domain/transfers/transfer-states';
import { formatCalendarDate, formatUkDateTime } from '../../../../shared/domain/time';
import { DetailSection, type DetailRow } from '../../ui/DetailSection';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { PriorCrossingStatus } from '../matching/PriorCrossingStatus';
import { TransferCorrections } from './TransferCorrections';
import { TransferHistory } from './TransferHistory';
import { TransferMoves } from './TransferMoves';
import { useReloadWhenReceived } from '../sync/use-reload-when-received';
import { useTransfer } from './use-transfer';
import '../returns/returns.css';
import { personName } from '../../../../shared/domain/person-name';

const check = (code: string) => labelOf(CHECK_RESULTS, code);

function identityRows(t: Transfer): DetailRow[] {
  return [
    ['Family name', t.familyName],
    ['Given names', t.givenNames],
    ['Date of birth', formatCalendarDate(t.dateOfBirth)],
    ['Nationality', nationalityName(t.nationality)],
    ['Sex', labelOf(SEXES, t.sex)],
    ['Place of birth', t.placeOfBirth],
    ['Identity document number', t.documentNumber],
  ];
}

/** One safe-route application: who, the checks, its state with who moved it and why, and the legal next steps. */
export function TransferDetail() {
  const { id = '' } = useParams();
  const { view, error, reload, replace } = useTransfer(id);
  useReloadWhenReceived(reload);
  if (error) return <ErrorBanner message={error} />;
  if (!view) return <p aria-busy="true">Loading…</p>;
  const t = view.transfer;
  return (
    <article aria-labelledby="transfer-title" className="record">
      <div className="page-header">
        <div className="page-header__title">
          <h1 id="transfer-title">{personName(t)}</h1>
          <span className="badge badge--final" data-testid="transfer-state">
            {TRANSFER_STATE_LABELS[t.state]}
          </span>
        </div>
        <div className="page-header__actions">
          <Link className="button" to={`/transfers/${t.id}/edit`}>
            Correct
          </Link>
          <Link className="button button--quiet" to="/transfers">
            Back to transfers
          </Link>
        </div>
      </div>
      <p className="record__reference">
        Reference <strong className="mono">{t.reference}</strong> · Application <strong className="mono">{t.applicationReference}</strong>
        {t.familyReference && <> · Family <strong className="mono">{t.familyReference}</strong></>}
        {t.arrivalId && <> · <Link to={`/arrivals/${t.arrivalId}`}>Arrival record</Link> (arrived {formatUkDateTime(t.arrivedUkAt)})</>}
      </p>
      <DetailSection title="Next steps" rows={[]}>
        <TransferMoves view={view} onMoved={replace} />
      </DetailSection>
      <DetailSection title="Identity" rows={identityRows(t)} />
      <DetailSection
        title="Checks and entry clearance"
        rows={[
          ['Location in France verified', check(t.checks.locationVerified)],
          ['Security check', check(t.checks.security)],
          ['Eligibility check', check(t.checks.eligibility)],
          ['Entry clearance issued on', formatCalendarDate(t.entryClearanceIssuedOn)],
          ['Entry clearance valid until', formatCalendarDate(t.entryClearanceValidUntil)],
        ]}
      />
      <DetailSection title="Prior small-boat crossing" rows={[]}>
        <PriorCrossingStatus arrivalId={t.arrivalId} />
      </DetailSection>
      <DetailSection title="State history" rows={[]}>
        <TransferHistory history={t.history} />
      </DetailSection>
      <DetailSection title="Corrections" rows={[]}>
        <TransferCorrections recordId={t.id} refreshKey={t.version} />
      </DetailSection>
    </article>
  );
}
