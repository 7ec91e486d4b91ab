import { nrmReferralNotice } from '../../../../shared/domain/returns/nrm-referral-notice';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';

interface NrmReferralNoticeProps {
  view: ReturnsCaseView;
  /** Opens "Record a barrier" filled in as a modern-slavery referral: the officer still confirms it. */
  onRecordBarrier(nrmReferredAt: string): void;
}

/** An NRM referral on the person's record that the case does not show yet: said, with the one step that records it. */
export function NrmReferralNotice({ view, onRecordBarrier }: NrmReferralNoticeProps) {
  const referredAt = view.person.nrmReferredAt;
  const notice = view.case ? nrmReferralNotice(referredAt, view.case) : null;
  if (!notice || !referredAt) return null;
  return (
    <div className="notice notice--warning notice--with-action" role="status" data-testid="nrm-referral-notice">
      <p>
        <strong>Warning: </strong>
        {notice}
      </p>
      {view.allowedEvents.includes('RAISE_BARRIER') && (
        <button type="button" className="button" onClick={() => onRecordBarrier(referredAt)}>
          Record the NRM referral as a barrier
        </button>
      )}
    </div>
  );
}
