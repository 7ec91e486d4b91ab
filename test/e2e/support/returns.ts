import type { Input, Output } from '../../../shared/api';
import type { Api } from './api';

/** Synthetic returns-pilot people and cases, prepared through the browser-mode API as another officer would. */

type View = Output<'returns.open'>;

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

/** An instant `days` (and `hours`) before now: the pilot's 14-day and 3-month rules run on the real clock. */
export const daysAgo = (days: number, hours = 0) => new Date(Date.now() - days * DAY - hours * HOUR).toISOString();

/** A boat for the people of a test to have landed from. */
export function landBoat(api: Api, at: string) {
  return api('interceptions.create', {
    site: 'WJF',
    detectedAt: new Date(Date.parse(at) - HOUR).toISOString(),
    interceptedAt: at,
    latitude: 51.0912,
    longitude: 1.4523,
    zone: 'UK_TERRITORIAL',
    outcome: 'LANDED_UK_PORT',
    peopleAboard: 60,
  });
}

/** An adult who landed by small boat from `boatId` at `arrivedAt`. */
export function smallBoatPerson(api: Api, boatId: string, arrivedAt: string, familyName: string, givenNames: string) {
  return api('arrivals.create', {
    route: 'SMALL_BOAT',
    interceptionId: boatId,
    site: 'WJF',
    arrivedAt,
    familyName,
    givenNames,
    dateOfBirth: '1995-04-02',
    sex: 'M',
    nationality: 'AFG',
    ageStatus: 'ADULT',
  });
}

const ALL_MET: Input<'returns.recordEligibility'>['conditions'] = {
  ENTERED_DIRECTLY_FROM_FRANCE: { status: 'met' },
  NO_PROTECTION_CLAIM: { status: 'met', note: 'No claim made (synthetic)' },
  NO_HUMAN_RIGHTS_BAR: { status: 'met' },
  NOT_A_THREAT: { status: 'met' },
};

type Step = Input<'returns.applyEvent'>['event'];
const apply = (api: Api, view: View, event: Step, reason: string | null = null) =>
  api('returns.applyEvent', { id: view.case!.id, version: view.case!.version, event, reason });

/** Opens the person's case and walks it as far as `last` along the pilot's main road. */
export async function walkCase(api: Api, arrivalId: string, last: 'ELIGIBILITY_CHECKED' | 'DETAINED' | 'INADMISSIBILITY_DECIDED'): Promise<View> {
  let view = await api('returns.open', { arrivalId });
  view = await apply(api, view, { type: 'SCREEN' });
  view = await api('returns.recordEligibility', { id: view.case!.id, version: view.case!.version, conditions: ALL_MET });
  const steps = last === 'ELIGIBILITY_CHECKED' ? [] : last === 'DETAINED' ? ['DETAIN'] : ['DETAIN', 'SERVE_NOTICE', 'REFER_TO_FRANCE', 'RECORD_FRANCE_ACCEPTANCE', 'DECIDE_INADMISSIBILITY'];
  for (const type of steps) view = await apply(api, view, { type } as Step);
  return view;
}

export async function scheduleAndRemove(api: Api, view: View, removalAt: string, confirm: boolean): Promise<Output<'returns.applyEvent'>> {
  let next = await apply(api, view, { type: 'SCHEDULE_REMOVAL', removalAt });
  if (confirm) next = await apply(api, next, { type: 'CONFIRM_REMOVAL' });
  return next;
}

/** A safe-route applicant walked from expression of interest to arrival in the UK at `arrivedUkAt`. */
export async function transferArrived(api: Api, applicationReference: string, familyName: string, arrivedUkAt: string) {
  const today = new Date().toISOString().slice(0, 10);
  const issued = new Date(Date.now() - 20 * DAY).toISOString().slice(0, 10);
  let view = await api('transfers.create', {
    applicationReference,
    familyName,
    givenNames: 'Ruth',
    dateOfBirth: '1994-05-02',
    nationality: 'ERI',
    sex: 'F',
    checks: { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' },
    entryClearanceIssuedOn: issued,
    entryClearanceValidUntil: new Date(Date.parse(today) + 30 * DAY).toISOString().slice(0, 10),
  });
  for (const to of ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'] as const) {
    view = await api('transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
  }
  return api('transfers.advance', { id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK', arrivedUkAt });
}
