import type { Api } from './api';
import { landBoat } from './returns';

/** Synthetic people for the prior-crossing check, prepared through the browser-mode API as another officer would. */

const DAY = 86_400_000;
const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** A man who crossed by small boat `daysAgo` days ago, with a few strangers on the same boat. */
export async function crossedBySmallBoat(api: Api, daysAgo: number, person: { familyName: string; givenNames: string; dateOfBirth: string }) {
  const arrivedAt = new Date(Date.now() - daysAgo * DAY).toISOString();
  const boat = await landBoat(api, arrivedAt);
  const aboard = (familyName: string, givenNames: string, dateOfBirth: string, nationality: string) =>
    api('arrivals.create', { route: 'SMALL_BOAT', interceptionId: boat.id, site: 'WJF', arrivedAt, familyName, givenNames, dateOfBirth, sex: 'M', nationality, ageStatus: 'ADULT' });
  const crossed = await aboard(person.familyName, person.givenNames, person.dateOfBirth, 'SDN');
  await aboard('Tesfay', 'Yonas', '1990-01-20', 'ERI');
  await aboard('Rahimi', 'Jawad', '1997-06-09', 'AFG');
  return crossed;
}

/** A safe-route applicant walked from expression of interest to travelling to the UK: returns the transfer as it stands. */
export async function travelledBySafeRoute(api: Api, person: { familyName: string; givenNames: string; dateOfBirth: string }) {
  let view = await api('transfers.create', {
    applicationReference: `UKEATS-${Date.now() % 100000}`,
    ...person,
    nationality: 'SDN',
    sex: 'M',
    checks: { locationVerified: 'PASSED', security: 'PASSED', eligibility: 'PASSED' },
    entryClearanceIssuedOn: isoDay(Date.now() - 20 * DAY),
    entryClearanceValidUntil: isoDay(Date.now() + 30 * DAY),
  });
  for (const to of ['LOCATION_VERIFIED', 'HELD', 'SELECTED', 'BIOMETRICS_TAKEN', 'CHECKS', 'GRANTED', 'TRAVELLED'] as const) {
    view = await api('transfers.advance', { id: view.transfer.id, version: view.transfer.version, to });
  }
  return view;
}

/** A safe-route applicant walked from expression of interest to arrival in the UK an hour ago: returns the arrival and the transfer's id. */
export async function arrivedBySafeRoute(api: Api, person: { familyName: string; givenNames: string; dateOfBirth: string }) {
  let view = await travelledBySafeRoute(api, person);
  view = await api('transfers.advance', { id: view.transfer.id, version: view.transfer.version, to: 'ARRIVED_UK', arrivedUkAt: new Date(Date.now() - 3_600_000).toISOString() });
  return { ...(await api('arrivals.get', { id: view.transfer.arrivalId! })), transferId: view.transfer.id };
}
