import { describe, expect, it } from 'vitest';
import {
  assessReturnEligibility,
  ELIGIBILITY_CONDITIONS,
  type EligibilityFacts,
  type RecordedConditions,
} from '../../../electron/core/returns/eligibility';
import { isNationalityCode } from '../../../shared/domain/reference/countries';
import { EU_MEMBER_STATES, isEuMemberState } from '../../../shared/domain/reference/eu-states';

// Synthetic person: an adult Eritrean national who landed by small boat at 03:12 BST on 6 Aug 2025.
// The 14-day limit for the readmission request ends 23:59:59.999 BST on 20 Aug 2025.
const ARRIVED_AT = '2025-08-06T02:12:00.000Z';
const FACTS: EligibilityFacts = {
  assessedAt: '2025-08-08T10:00:00.000Z',
  nationality: 'ERI',
  route: 'SMALL_BOAT',
  ageStatus: 'ADULT',
  unaccompanied: false,
  arrivedAt: ARRIVED_AT,
  referralSentAt: null,
  activeBarriers: [],
};
const RECORDED: RecordedConditions = {
  ENTERED_DIRECTLY_FROM_FRANCE: { status: 'met' },
  NO_PROTECTION_CLAIM: { status: 'met', note: 'Claim declared inadmissible (synthetic)' },
  NO_HUMAN_RIGHTS_BAR: { status: 'met' },
  NOT_A_THREAT: { status: 'met' },
};
const assess = (facts: Partial<EligibilityFacts> = {}, recorded: RecordedConditions = {}) =>
  assessReturnEligibility({ ...RECORDED, ...recorded }, { ...FACTS, ...facts });

describe('a case where every condition is met', () => {
  it('is eligible, with no reasons and an outcome for each condition', () => {
    const a = assess();
    expect(a.result).toBe('eligible');
    expect(a.reasons).toEqual([]);
    expect(Object.keys(a.conditions)).toEqual([...ELIGIBILITY_CONDITIONS]);
    expect(a.conditions.THIRD_COUNTRY_NATIONAL).toMatchObject({ status: 'met', source: 'facts' });
    expect(a.conditions.NOT_A_THREAT).toMatchObject({ status: 'met', source: 'recorded' });
    expect(a.conditions.NO_PROTECTION_CLAIM.note).toBe('Claim declared inadmissible (synthetic)');
  });
});

describe('third-country national (not an EU citizen)', () => {
  it('lists the 27 EU member states as known nationality codes', () => {
    expect(new Set(EU_MEMBER_STATES).size).toBe(27);
    for (const code of EU_MEMBER_STATES) expect(isNationalityCode(code)).toBe(true);
    expect(isEuMemberState('GBR')).toBe(false);
    expect(isEuMemberState('D<<')).toBe(true);
  });

  it.each(EU_MEMBER_STATES)('an EU national (%s) is never eligible', (code) => {
    const a = assess({ nationality: code });
    expect(a.result).toBe('ineligible');
    expect(a.reasons).toEqual([`EU national (${code}): EU citizens are not returned under the pilot`]);
  });

  it('reads lower case and the German MRZ code D as EU nationals', () => {
    expect(assess({ nationality: 'fra' }).result).toBe('ineligible');
    expect(assess({ nationality: 'D' }).result).toBe('ineligible');
  });

  it('a British national is not a third-country national', () => {
    expect(assess({ nationality: 'GBR' }).result).toBe('ineligible');
  });

  it('non-EU Europeans and stateless people are third-country nationals', () => {
    expect(assess({ nationality: 'CHE' }).result).toBe('eligible');
    expect(assess({ nationality: 'ALB' }).result).toBe('eligible');
    expect(assess({ nationality: 'XXA' }).result).toBe('eligible');
  });

  it('an unspecified or missing nationality leaves the case undetermined', () => {
    expect(assess({ nationality: 'XXX' })).toMatchObject({ result: 'undetermined', reasons: [expect.stringMatching(/unspecified \(XXX\)/)] });
    expect(assess({ nationality: null })).toMatchObject({ result: 'undetermined', reasons: ['Third-country national (not an EU citizen): not yet recorded'] });
  });

  it('a recorded "not met" wins over the nationality on file (e.g. a dual EU citizen), with the note', () => {
    const a = assess({}, { THIRD_COUNTRY_NATIONAL: { status: 'not_met', note: 'Also holds an Italian passport' } });
    expect(a.result).toBe('ineligible');
    expect(a.conditions.THIRD_COUNTRY_NATIONAL.source).toBe('both');
    expect(a.reasons).toEqual(["Third-country national (not an EU citizen): recorded as not met (officer's note: Also holds an Italian passport)"]);
  });

  it('a recorded "met" cannot override an EU nationality on file', () => {
    expect(assess({ nationality: 'POL' }, { THIRD_COUNTRY_NATIONAL: { status: 'met' } }).result).toBe('ineligible');
  });
});

describe('arrived by a small-boat crossing from France', () => {
  it('the safe route and other routes are not eligible', () => {
    expect(assess({ route: 'SAFE_ROUTE' })).toMatchObject({ result: 'ineligible', reasons: [expect.stringMatching(/safe route/)] });
    expect(assess({ route: 'OTHER' })).toMatchObject({ result: 'ineligible', reasons: [expect.stringMatching(/did not arrive by small boat/i)] });
  });

  it('a small boat that did not set out from France can be recorded as not met', () => {
    expect(assess({}, { SMALL_BOAT_FROM_FRANCE: { status: 'not_met', note: 'Departed from Belgium' } }).result).toBe('ineligible');
  });

  it('an unrecorded route leaves the case undetermined', () => {
    expect(assess({ route: null }).result).toBe('undetermined');
    expect(assess({ route: null }, { SMALL_BOAT_FROM_FRANCE: { status: 'met' } }).result).toBe('eligible');
  });
});

describe('adult or accompanied minor', () => {
  it('an adult, or someone assessed as an adult, can be eligible', () => {
    expect(assess({ ageStatus: 'ADULT' }).result).toBe('eligible');
    expect(assess({ ageStatus: 'ASSESSED_ADULT' }).result).toBe('eligible');
  });

  it('an accompanied child can be eligible', () => {
    const a = assess({ ageStatus: 'ACCEPTED_CHILD', unaccompanied: false });
    expect(a.result).toBe('eligible');
    expect(a.conditions.ADULT_OR_ACCOMPANIED_MINOR.detail).toMatch(/accompanied minor may be returned/);
  });

  it('an unaccompanied child never is, whatever is recorded', () => {
    const a = assess({ ageStatus: 'ACCEPTED_CHILD', unaccompanied: true }, { ADULT_OR_ACCOMPANIED_MINOR: { status: 'met' } });
    expect(a.result).toBe('ineligible');
    expect(a.reasons).toEqual(['Unaccompanied child: unaccompanied children are never returned under the pilot']);
  });

  it('an unaccompanied person claiming to be a child, or with a disputed age, is undetermined until assessed', () => {
    expect(assess({ ageStatus: 'CLAIMED_CHILD', unaccompanied: true })).toMatchObject({ result: 'undetermined', reasons: [expect.stringMatching(/age assessment/)] });
    expect(assess({ ageStatus: 'DISPUTED', unaccompanied: true }).result).toBe('undetermined');
  });

  it('a claimed or disputed child travelling with family is covered either way', () => {
    expect(assess({ ageStatus: 'CLAIMED_CHILD', unaccompanied: false }).result).toBe('eligible');
    expect(assess({ ageStatus: 'DISPUTED', unaccompanied: false }).result).toBe('eligible');
  });

  it('no age status leaves the case undetermined', () => {
    expect(assess({ ageStatus: null }).result).toBe('undetermined');
    expect(assess({ ageStatus: null, unaccompanied: true }).reasons).toEqual(['Recorded as unaccompanied but the age status is not recorded']);
  });
});

describe('conditions only an officer can record', () => {
  it.each(['ENTERED_DIRECTLY_FROM_FRANCE', 'NO_PROTECTION_CLAIM', 'NOT_A_THREAT'] as const)('%s: not met → ineligible, unknown or unrecorded → undetermined', (condition) => {
    expect(assess({}, { [condition]: { status: 'not_met' } }).result).toBe('ineligible');
    expect(assess({}, { [condition]: { status: 'unknown' } }).result).toBe('undetermined');
    const withoutIt = { ...RECORDED };
    delete withoutIt[condition];
    const a = assessReturnEligibility(withoutIt, FACTS);
    expect(a).toMatchObject({ result: 'undetermined', reasons: [expect.stringMatching(/: not yet recorded$/)] });
    expect(a.conditions[condition]).toMatchObject({ status: 'unknown', source: 'none' });
  });

  it('an outstanding protection claim is recorded as not met, with its reason', () => {
    const a = assess({}, { NO_PROTECTION_CLAIM: { status: 'not_met', note: 'Claim pending, not yet considered' } });
    expect(a.reasons).toEqual(["No protection claim at transfer (none made, withdrawn, or declared inadmissible): recorded as not met (officer's note: Claim pending, not yet considered)"]);
  });

  it('a public-order or security threat is recorded as not met', () => {
    expect(assess({}, { NOT_A_THREAT: { status: 'not_met', note: 'Synthetic security flag' } }).result).toBe('ineligible');
  });
});

describe('no outstanding human-rights claim, suspensive appeal, injunction or court order', () => {
  it('is not met while a human-rights claim or a court bar is active on the case, even if recorded as met', () => {
    expect(assess({ activeBarriers: ['HUMAN_RIGHTS_CLAIM'] })).toMatchObject({ result: 'ineligible', reasons: ['Outstanding on the case: Human-rights claim'] });
    expect(assess({ activeBarriers: ['JUDICIAL_REVIEW_OR_INJUNCTION'] }).result).toBe('ineligible');
  });

  it('a modern-slavery referral pauses the case but is not this condition', () => {
    expect(assess({ activeBarriers: ['MODERN_SLAVERY_REFERRAL'] }).result).toBe('eligible');
  });

  it('a suspensive appeal can be recorded as not met', () => {
    expect(assess({}, { NO_HUMAN_RIGHTS_BAR: { status: 'not_met', note: 'Suspensive appeal lodged' } }).result).toBe('ineligible');
  });
});

describe('referral within 14 days of arrival', () => {
  it('a referral on day 14 is in time (up to 23:59 UK time)', () => {
    const a = assess({ referralSentAt: '2025-08-20T22:59:00.000Z', assessedAt: '2025-08-21T09:00:00.000Z' });
    expect(a.result).toBe('eligible');
    expect(a.conditions.REFERRAL_IN_TIME.detail).toBe('Readmission request sent 20 Aug 2025, 23:59, within the limit (20 Aug 2025, 23:59)');
  });

  it('a referral on day 15 is out of time, from the first minute', () => {
    const a = assess({ referralSentAt: '2025-08-20T23:00:00.000Z', assessedAt: '2025-08-21T09:00:00.000Z' });
    expect(a.result).toBe('ineligible');
    expect(a.reasons).toEqual(['Out of time: readmission request sent 21 Aug 2025, 00:00, after the 14-day limit ended 20 Aug 2025, 23:59']);
  });

  it('an unsent referral is still in time on day 14 and out of time from day 15', () => {
    expect(assess({ assessedAt: '2025-08-20T22:00:00.000Z' }).result).toBe('eligible');
    expect(assess({ assessedAt: '2025-08-21T08:00:00.000Z' })).toMatchObject({ result: 'ineligible', reasons: [expect.stringMatching(/^Out of time: the 14-day limit/)] });
  });

  it('judges an unsent request at the time the check was made, however much later it is recorded', () => {
    // A check made on day 2 and typed in from paper notes on day 20: in time. Made on day 15: out of time.
    expect(assess({ assessedAt: '2025-08-08T09:00:00.000Z' }).conditions.REFERRAL_IN_TIME).toMatchObject({ status: 'met' });
    expect(assess({ assessedAt: '2025-08-21T09:00:00.000Z' }).conditions.REFERRAL_IN_TIME).toMatchObject({ status: 'not_met' });
  });

  it('counts UK days across the October clock change', () => {
    const arrivedAt = '2025-10-20T22:30:00.000Z'; // 23:30 BST, 20 Oct; limit 23:59 GMT, 3 Nov
    expect(assess({ arrivedAt, referralSentAt: '2025-11-03T23:30:00.000Z', assessedAt: '2025-11-04T09:00:00.000Z' }).result).toBe('eligible');
    expect(assess({ arrivedAt, referralSentAt: '2025-11-04T00:00:00.000Z', assessedAt: '2025-11-04T09:00:00.000Z' }).result).toBe('ineligible');
  });

  it('counts UK days across the March clock change', () => {
    const arrivedAt = '2026-03-20T23:30:00.000Z'; // 23:30 GMT, 20 Mar; limit 23:59 BST, 3 Apr
    expect(assess({ arrivedAt, referralSentAt: '2026-04-03T22:30:00.000Z', assessedAt: '2026-04-04T09:00:00.000Z' }).result).toBe('eligible');
    expect(assess({ arrivedAt, referralSentAt: '2026-04-03T23:10:00.000Z', assessedAt: '2026-04-04T09:00:00.000Z' }).result).toBe('ineligible');
  });

  it('is undetermined without an arrival time, or with a referral dated before the arrival', () => {
    expect(assess({ arrivedAt: null }).reasons).toEqual([expect.stringMatching(/Arrival time not recorded/)]);
    expect(assess({ referralSentAt: '2025-08-05T10:00:00.000Z' })).toMatchObject({ result: 'undetermined', reasons: [expect.stringMatching(/before the arrival/)] });
  });
});

describe('several conditions at once', () => {
  it('ineligible wins over undetermined, and every failing or unknown condition gets one reason in treaty order', () => {
    const a = assess({ nationality: 'BEL', ageStatus: null }, { NOT_A_THREAT: { status: 'unknown' } });
    expect(a.result).toBe('ineligible');
    expect(a.reasons).toHaveLength(3);
    expect(a.reasons[0]).toMatch(/^EU national \(BEL\)/);
    expect(a.reasons[1]).toMatch(/^Adult, or a child travelling with family: not yet recorded/);
    expect(a.reasons[2]).toMatch(/^Not a public-order or national-security threat: recorded as unknown/);
  });

  it('with nothing recorded and no facts, every condition is unknown', () => {
    const a = assessReturnEligibility({}, { assessedAt: '2025-08-08T10:00:00.000Z' });
    expect(a.result).toBe('undetermined');
    expect(a.reasons).toHaveLength(ELIGIBILITY_CONDITIONS.length);
    expect(Object.values(a.conditions).every((c) => c.status === 'unknown')).toBe(true);
  });
});
