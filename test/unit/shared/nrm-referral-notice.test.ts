import { describe, expect, it } from 'vitest';
import { applyCaseEvent } from '../../../shared/domain/returns/case-machine';
import { newReturnCase, type ReturnCase } from '../../../shared/domain/returns/case-states';
import { nrmBarrierReason, nrmReferralNotice } from '../../../shared/domain/returns/nrm-referral-notice';

// A synthetic case: landed 15 Sep 2025; the NRM referral was made on 17 Sep 2025.
const ARRIVED_AT = '2025-09-15T02:00:00.000Z';
const REFERRED = '2025-09-17';
const at = { now: '2025-09-18T09:00:00.000Z', actor: 'Test Officer', reason: 'NRM referral made' };

function after(c: ReturnCase, event: Parameters<typeof applyCaseEvent>[1]): ReturnCase {
  const outcome = applyCaseEvent(c, event, at);
  if (!outcome.ok) throw new Error(outcome.message);
  return outcome.case;
}

describe('an NRM referral on the person, shown on their returns case', () => {
  it('warns on an open case, naming the date of the referral', () => {
    expect(nrmReferralNotice(REFERRED, newReturnCase(ARRIVED_AT))).toBe(
      "An NRM (modern-slavery) referral is recorded on this person's record, made on 17 Sep 2025. It is a barrier to removal: record it on the case, which pauses the case until it is lifted.",
    );
  });

  it('says nothing without a referral, or once an officer has recorded the modern-slavery barrier, even after lifting it', () => {
    const open = newReturnCase(ARRIVED_AT);
    expect(nrmReferralNotice(null, open)).toBeNull();
    const paused = after(open, { type: 'RAISE_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' });
    expect(nrmReferralNotice(REFERRED, paused)).toBeNull();
    expect(nrmReferralNotice(REFERRED, after(paused, { type: 'LIFT_BARRIER', barrier: 'MODERN_SLAVERY_REFERRAL' }))).toBeNull();
  });

  it('still warns when only another barrier pauses the case, and says nothing on a closed case', () => {
    const humanRights = after(newReturnCase(ARRIVED_AT), { type: 'RAISE_BARRIER', barrier: 'HUMAN_RIGHTS_CLAIM' });
    expect(nrmReferralNotice(REFERRED, humanRights)).not.toBeNull();
    expect(nrmReferralNotice(REFERRED, { ...humanRights, state: 'RELEASED_TO_ASYLUM' })).toBeNull();
  });

  it('gives the barrier a reason that names the referral', () => {
    expect(nrmBarrierReason(REFERRED)).toBe("NRM referral made on 17 Sep 2025, as recorded on the person's record.");
  });
});
