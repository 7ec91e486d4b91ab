import type { Option } from './options';

export const ARRIVAL_ROUTES = [
  { code: 'SMALL_BOAT', label: 'Small boat' },
  { code: 'SAFE_ROUTE', label: 'Safe-route transfer from France' },
  { code: 'OTHER', label: 'Other route' },
] as const satisfies readonly Option[];

export const SEXES = [
  { code: 'M', label: 'Male' },
  { code: 'F', label: 'Female' },
  { code: 'X', label: 'Unspecified' },
] as const satisfies readonly Option[];

export const DOB_PRECISIONS = [
  { code: 'EXACT', label: 'Exact date' },
  { code: 'YEAR', label: 'Year only' },
  { code: 'ESTIMATED', label: 'Estimated' },
] as const satisfies readonly Option[];

export const AGE_STATUSES = [
  { code: 'ADULT', label: 'Adult' },
  { code: 'CLAIMED_CHILD', label: 'Claims to be a child' },
  { code: 'ACCEPTED_CHILD', label: 'Accepted as a child' },
  { code: 'ASSESSED_ADULT', label: 'Assessed as an adult' },
  { code: 'DISPUTED', label: 'Age disputed' },
] as const satisfies readonly Option[];

export const DOCUMENT_TYPES = [
  { code: 'PASSPORT', label: 'Passport' },
  { code: 'ID_CARD', label: 'Identity card' },
  { code: 'TRAVEL_DOCUMENT', label: 'Travel document' },
  { code: 'OTHER', label: 'Other document' },
] as const satisfies readonly Option[];

export const BIOMETRIC_MATCHES = [
  { code: 'NOT_CHECKED', label: 'Not yet checked' },
  { code: 'NONE', label: 'No match' },
  { code: 'PREVIOUS_UK_RECORD', label: 'Previous UK record' },
  { code: 'PREVIOUS_PILOT_REMOVAL', label: 'Previously removed under the pilot (re-entry)' },
] as const satisfies readonly Option[];

export const MEDICAL_TRIAGE = [
  { code: 'HYPOTHERMIA', label: 'Hypothermia' },
  { code: 'FUEL_BURNS', label: 'Fuel burns' },
  { code: 'INJURY', label: 'Injury' },
  { code: 'PREGNANCY', label: 'Pregnancy' },
  { code: 'OTHER', label: 'Other medical need' },
] as const satisfies readonly Option[];

export const RECORD_STATUSES = [
  { code: 'DRAFT', label: 'Draft' },
  { code: 'FINAL', label: 'Finalised' },
] as const satisfies readonly Option[];
