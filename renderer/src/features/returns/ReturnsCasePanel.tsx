import { useEffect, useId, useRef, useState } from 'react';
import type { Output } from '../../../../shared/api';
import { CASE_STATE_LABELS } from '../../../../shared/domain/returns/case-states';
import { nrmReferralNotice } from '../../../../shared/domain/returns/nrm-referral-notice';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { CaseActions } from './CaseActions';
import { CaseHistory } from './CaseHistory';
import { CaseStateBadge, CaseSummary } from './CaseSummary';
import { DeadlineTable } from './DeadlineTable';
import { EligibilityChecklist } from './EligibilityChecklist';
import { EligibilityResult } from './EligibilityResult';
import { NrmReferralNotice } from './NrmReferralNotice';
import { OpenCaseButton } from './OpenCaseButton';
import { nrmBarrierAction, type ChosenAction } from './action-values';
import { useReturnsCase } from './use-returns-case';
import { useReloadWhenReceived } from '../sync/use-reload-when-received';
import './returns.css';

type Notice = { text: string; warning: string | null };

/**
 * A person's returns-pilot case on their screen: open it; record the eligibility check
 * condition by condition; see its deadlines, its state and who moved it, when and why;
 * and take only the steps the case can legally take now.
 */
export function ReturnsCasePanel({ arrivalId }: { arrivalId: string }) {
  const headingId = useId();
  const { view, error, reload, replace } = useReturnsCase(arrivalId);
  useReloadWhenReceived(reload);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [chosen, setChosen] = useState<ChosenAction | null>(null);
  // The form or button just used is gone once a step is saved: the keyboard goes on from what was saved.
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const applied = (outcome: Output<'returns.applyEvent'>) => {
    setNotice({ text: outcome.case ? `Saved. The case is now "${CASE_STATE_LABELS[outcome.case.state]}".` : 'Saved.', warning: outcome.warning });
    replace(outcome);
  };

  let body;
  if (error) body = <ErrorBanner message={error} />;
  else if (!view) body = <p aria-busy="true">Loading the returns case…</p>;
  else if (!view.case) body = <OpenCaseButton arrivalId={arrivalId} onOpened={(v) => (setNotice({ text: 'Returns case opened.', warning: null }), replace(v))} />;
  else {
    const record = view.case;
    const checking = view.allowedEvents.includes('CHECK_ELIGIBILITY');
    body = (
      <>
        <div className="returns-panel__title">
          <span className="mono">{record.reference}</span>
          <CaseStateBadge record={record} />
        </div>
        {notice && (
          <p ref={noticeRef} tabIndex={-1} className="banner banner--ok" role="status">
            {notice.text}
          </p>
        )}
        {notice?.warning && (
          <p className="notice notice--warning" role="alert" data-testid="weekly-cap-warning">
            {notice.warning}
          </p>
        )}
        <NrmReferralNotice view={view} onRecordBarrier={(referredAt) => setChosen(nrmBarrierAction(referredAt))} />
        <CaseSummary record={record} />
        <h3>Deadlines</h3>
        <DeadlineTable view={view} />
        <h3>Eligibility</h3>
        {record.eligibilityAssessment && (
          <EligibilityResult assessment={record.eligibilityAssessment} times={record} detailed={!checking} nrmReferralPending={nrmReferralNotice(view.person.nrmReferredAt, record) !== null} />
        )}
        {checking ? (
          <EligibilityChecklist key={record.version} record={record} onSaved={(v) => (setNotice({ text: 'Eligibility check saved.', warning: null }), replace(v))} />
        ) : (
          !record.eligibilityAssessment && <p className="muted">Not yet checked: the check is recorded once the person is screened.</p>
        )}
        <h3>Next steps</h3>
        <CaseActions view={view} chosen={chosen} onChoose={setChosen} onApplied={applied} onReload={reload} />
        <h3>History</h3>
        <CaseHistory record={record} />
      </>
    );
  }

  return (
    <section className="returns-panel" aria-labelledby={headingId}>
      <h2 id={headingId}>Returns pilot</h2>
      {body}
    </section>
  );
}
