import type { AGE_STATUSES, ARRIVAL_ROUTES } from '../../../shared/domain/reference/arrival-codes';
import { isEuMemberState } from '../../../shared/domain/reference/eu-states';
import { BARRIER_LABELS, type CaseBarrier, type EligibilityResult } from '../../../shared/domain/returns/case-states';
import { isWithinDeadline, referralDue } from '../../../shared/domain/returns/deadlines';
import { formatUkDateTime, type Instant, toUtcIso } from '../../../shared/domain/time';
import {
  CONDITION_LABELS,
  type ConditionStatus,
  ELIGIBILITY_CONDITIONS,
  type EligibilityCondition,
  type RecordedCondition,
  type RecordedConditions,
} from '../../../shared/domain/returns/eligibility-conditions';

/*
 * Who may be returned under the UK–France pilot (treaty art. 3–4, DOMAIN.md "Who may be
 * returned"). Each condition is recorded by an officer as met / not met / unknown; where the
 * arrival record itself settles a condition (nationality, route, age, dates) the facts are
 * used too. When facts and recording disagree the more cautious answer wins
 * (not met, then unknown, then met): a removal must never rest on a guess.
 */

// The condition list is shared with the checklist form and the contract; re-exported for callers here.
export { CONDITION_LABELS, ELIGIBILITY_CONDITIONS };
export type { ConditionStatus, EligibilityCondition, RecordedCondition, RecordedConditions };

export interface EligibilityFacts {
  /**
   * When the assessment was made: the time the officer gave (a check recorded later, from paper
   * notes), else the time it is recorded. Decides whether an unsent referral can still be in time.
   */
  assessedAt: Instant;
  nationality?: string | null;
  route?: (typeof ARRIVAL_ROUTES)[number]['code'] | null;
  ageStatus?: (typeof AGE_STATUSES)[number]['code'] | null;
  unaccompanied?: boolean;
  arrivedAt?: Instant | null;
  referralSentAt?: Instant | null;
  /** The case's active barriers, if any: a human-rights claim or court bar is an outstanding one. */
  activeBarriers?: readonly CaseBarrier[];
}

export interface ConditionOutcome {
  status: ConditionStatus;
  /** What settled it: the arrival facts, the officer's recording, both, or nothing yet. */
  source: 'facts' | 'recorded' | 'both' | 'none';
  /** Officer-readable explanation of the status. */
  detail: string;
  note?: string;
}

export interface EligibilityAssessment {
  result: EligibilityResult;
  /** One line per condition not met or not yet known, in the treaty's order. */
  reasons: string[];
  conditions: Record<EligibilityCondition, ConditionOutcome>;
}

type Derived = { status: ConditionStatus; detail: string } | null;
const when = formatUkDateTime;

function nationalityFact(f: EligibilityFacts): Derived {
  const nat = f.nationality?.trim().toUpperCase();
  if (!nat) return null;
  if (isEuMemberState(nat)) return { status: 'not_met', detail: `EU national (${nat}): EU citizens are not returned under the pilot` };
  if (nat === 'GBR') return { status: 'not_met', detail: 'British national: the pilot returns only third-country nationals' };
  if (nat === 'XXX') return { status: 'unknown', detail: 'Nationality recorded as unspecified (XXX): establish it to confirm the person is not an EU citizen' };
  return { status: 'met', detail: `Nationality ${nat} is not an EU member state` };
}

function routeFact(f: EligibilityFacts): Derived {
  if (f.route === 'SMALL_BOAT') return { status: 'met', detail: 'Arrived by small boat (record "not met" if the crossing did not start in France)' };
  if (f.route === 'SAFE_ROUTE') return { status: 'not_met', detail: 'Arrived by the safe route from France, not by small boat: the pilot does not apply' };
  if (f.route === 'OTHER') return { status: 'not_met', detail: 'Did not arrive by small boat: the pilot applies only to small-boat crossings from France' };
  return null;
}

function ageFact(f: EligibilityFacts): Derived {
  const alone = f.unaccompanied === true;
  switch (f.ageStatus) {
    case 'ADULT':
    case 'ASSESSED_ADULT':
      return { status: 'met', detail: f.ageStatus === 'ADULT' ? 'Adult' : 'Assessed as an adult' };
    case 'ACCEPTED_CHILD':
      return alone
        ? { status: 'not_met', detail: 'Unaccompanied child: unaccompanied children are never returned under the pilot' }
        : { status: 'met', detail: 'Child travelling with family (an accompanied minor may be returned)' };
    case 'CLAIMED_CHILD':
    case 'DISPUTED':
      // Someone claiming to be a child is treated as one until an age assessment says otherwise.
      return alone
        ? { status: 'unknown', detail: 'Claims to be, or may be, an unaccompanied child: not returnable unless an age assessment finds an adult' }
        : { status: 'met', detail: 'Travelling with family: adult or accompanied child either way' };
    default:
      return alone ? { status: 'unknown', detail: 'Recorded as unaccompanied but the age status is not recorded' } : null;
  }
}

function barrierFact(f: EligibilityFacts): Derived {
  const bars = (f.activeBarriers ?? []).filter((b) => b === 'HUMAN_RIGHTS_CLAIM' || b === 'JUDICIAL_REVIEW_OR_INJUNCTION');
  // No barrier on the case is not proof there is none, so absence derives nothing.
  return bars.length ? { status: 'not_met', detail: `Outstanding on the case: ${bars.map((b) => BARRIER_LABELS[b]).join(', ')}` } : null;
}

function referralTimeFact(f: EligibilityFacts): Derived {
  if (!f.arrivedAt) return { status: 'unknown', detail: 'Arrival time not recorded, so the 14-day limit for the readmission request cannot be worked out' };
  const due = referralDue(f.arrivedAt);
  if (f.referralSentAt) {
    const sent = toUtcIso(f.referralSentAt);
    if (sent < toUtcIso(f.arrivedAt)) return { status: 'unknown', detail: 'The readmission request is dated before the arrival: check both times' };
    return isWithinDeadline(sent, due)
      ? { status: 'met', detail: `Readmission request sent ${when(sent)}, within the limit (${when(due)})` }
      : { status: 'not_met', detail: `Out of time: readmission request sent ${when(sent)}, after the 14-day limit ended ${when(due)}` };
  }
  return isWithinDeadline(f.assessedAt, due)
    ? { status: 'met', detail: `Readmission request not yet sent; it must be sent by ${when(due)}` }
    : { status: 'not_met', detail: `Out of time: the 14-day limit for the readmission request ended ${when(due)}` };
}

const FACTS: Partial<Record<EligibilityCondition, (f: EligibilityFacts) => Derived>> = {
  THIRD_COUNTRY_NATIONAL: nationalityFact,
  SMALL_BOAT_FROM_FRANCE: routeFact,
  ADULT_OR_ACCOMPANIED_MINOR: ageFact,
  NO_HUMAN_RIGHTS_BAR: barrierFact,
  REFERRAL_IN_TIME: referralTimeFact,
};

const CAUTION: Record<ConditionStatus, number> = { met: 0, unknown: 1, not_met: 2 };
const SAID: Record<ConditionStatus, string> = { met: 'met', unknown: 'unknown', not_met: 'not met' };

function combine(condition: EligibilityCondition, derived: Derived, recorded: RecordedCondition | undefined): ConditionOutcome {
  const label = CONDITION_LABELS[condition];
  const note = recorded?.note?.trim() || undefined;
  const withNote = (o: Omit<ConditionOutcome, 'note'>): ConditionOutcome => (note ? { ...o, note } : o);
  if (!derived && !recorded) return { status: 'unknown', source: 'none', detail: `${label}: not yet recorded` };
  if (!recorded) return { status: derived!.status, source: 'facts', detail: derived!.detail };
  const fromRecording = `${label}: recorded as ${SAID[recorded.status]}`;
  if (!derived) return withNote({ status: recorded.status, source: 'recorded', detail: fromRecording });
  const status = CAUTION[recorded.status] > CAUTION[derived.status] ? recorded.status : derived.status;
  return withNote({ status, source: 'both', detail: status === derived.status ? derived.detail : fromRecording });
}

/** Weighs every treaty condition and the 14-day rule; see the file comment for how facts and recordings combine. */
export function assessReturnEligibility(recorded: RecordedConditions, facts: EligibilityFacts): EligibilityAssessment {
  const conditions = Object.fromEntries(
    ELIGIBILITY_CONDITIONS.map((c) => [c, combine(c, FACTS[c]?.(facts) ?? null, recorded[c])]),
  ) as Record<EligibilityCondition, ConditionOutcome>;
  const outcomes = ELIGIBILITY_CONDITIONS.map((c) => conditions[c]);
  const reasons = outcomes.filter((o) => o.status !== 'met').map((o) => (o.note ? `${o.detail} (officer's note: ${o.note})` : o.detail));
  const result: EligibilityResult = outcomes.some((o) => o.status === 'not_met') ? 'ineligible' : reasons.length ? 'undetermined' : 'eligible';
  return { result, reasons, conditions };
}
