import { AGE_STATUSES, ARRIVAL_ROUTES, BIOMETRIC_MATCHES, DOB_PRECISIONS, DOCUMENT_TYPES, MEDICAL_TRIAGE, RECORD_STATUSES, SEXES } from './reference/arrival-codes';
import { INTERCEPTING_AGENCIES, OUTCOMES, SEIZURE_DISPOSALS, VESSEL_TYPES, ZONES } from './reference/interception-codes';
import { nationalityName } from './reference/countries';
import { labelOf, type Option } from './reference/options';
import { SITES } from './reference/sites';
import { formatCalendarDate, formatUkDateTime } from './time';

/** Field names as officers say them, for the audit trail on screen and on paper. */
const LABELS: Record<string, string> = {
  status: 'Status', site: 'Site', detectedAt: 'Detected at', interceptedAt: 'Intercepted at', latitude: 'Latitude', longitude: 'Longitude',
  zone: 'Zone', outcome: 'Outcome', interceptedBy: 'Intercepted by', interceptingVessel: 'Intercepting vessel', peopleAboard: 'People aboard',
  deaths: 'Deaths', missing: 'Missing', injured: 'Injured', medicalEvacuations: 'Medical evacuations', vessel: 'Vessel', notes: 'Notes',
  interceptionId: 'Interception', route: 'Route', arrivedAt: 'Arrived at', familyName: 'Family name', givenNames: 'Given names',
  aliases: 'Aliases', dateOfBirth: 'Date of birth', dateOfBirthPrecision: 'Date of birth known as', sex: 'Sex', nationality: 'Nationality',
  placeOfBirth: 'Place of birth', languages: 'Languages', interpreterNeeded: 'Interpreter needed', ageStatus: 'Age status',
  unaccompanied: 'Unaccompanied', familyGroupId: 'Family group', documents: 'Documents', biometricsEnrolled: 'Biometrics enrolled',
  biometricReference: 'Biometric reference', biometricMatch: 'Biometric match', vulnerability: 'Vulnerability',
  asylumClaimedAt: 'Asylum claimed', screenedAt: 'Screened', screeningOfficer: 'Screening officer',
  // Inside a document and the vulnerability group:
  type: 'Type', number: 'Number', issuingState: 'Issuing state', expiryDate: 'Expiry date',
  medical: 'Medical triage', medicalNotes: 'Medical notes', disability: 'Disability', disabilityNotes: 'Disability notes',
  traffickingIndicators: 'Trafficking indicators', nrmReferredAt: 'NRM referral', reasonableGroundsAt: 'Reasonable grounds decision',
  conclusiveGroundsAt: 'Conclusive grounds decision',
};

/** A field's label: the app's own where it has one, else the field name in words ("seizedAt" → "Seized at"). */
export function fieldLabel(field: string): string {
  // A field inside a group ("vulnerability.medicalNotes"): "Vulnerability: Medical notes".
  if (field.includes('.')) return field.split('.').map(fieldLabel).join(': ');
  const known = LABELS[field];
  if (known) return known;
  const words = field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/;
const CALENDAR_DAY = /^\d{4}-\d{2}-\d{2}$/;

/** Fields whose values are codes of a closed list, shown by their labels: by name at any depth, or by path. */
const CODE_LISTS: Record<string, readonly Option[]> = {
  route: ARRIVAL_ROUTES, sex: SEXES, dateOfBirthPrecision: DOB_PRECISIONS, ageStatus: AGE_STATUSES, biometricMatch: BIOMETRIC_MATCHES,
  medical: MEDICAL_TRIAGE, status: RECORD_STATUSES, zone: ZONES, outcome: OUTCOMES, interceptedBy: INTERCEPTING_AGENCIES, site: SITES,
  'documents.type': DOCUMENT_TYPES, 'vessel.type': VESSEL_TYPES, disposal: SEIZURE_DISPOSALS,
};

/**
 * A value from the audit trail as an officer reads it: a dash for nothing, codes by their
 * labels, dates and times as on every screen (UK time), yes/no, and lists and groups as words
 * rather than JSON (`Passport P12345678; National identity card N87654321`,
 * `Medical triage: Hypothermia, Disability: No`). `path` names the value's field: `documents`,
 * `vessel.type`.
 */
export function auditValue(value: unknown, path?: string): string {
  if (isEmpty(value)) return '—';
  if (typeof value === 'boolean') return value ? 'Yes' : 'No';
  if (typeof value === 'string') return textOf(value, path);
  if (Array.isArray(value)) return value.map((item) => listItem(item, path)).join('; ');
  if (typeof value === 'object' && value !== null) {
    const parts = Object.entries(value).filter(([, v]) => !isEmpty(v)).map(([k, v]) => `${fieldLabel(k)}: ${auditValue(v, within(path, k))}`);
    return parts.length ? parts.join(', ') : '—';
  }
  return String(value);
}

const within = (path: string | undefined, key: string) => (path ? `${path}.${key}` : key);

/** Country codes read as on the person's screen: "Sudan (SDN)". */
const COUNTRY_FIELDS = new Set(['nationality', 'issuingState']);

function textOf(value: string, path: string | undefined): string {
  const field = path?.slice(path.lastIndexOf('.') + 1);
  if (field && COUNTRY_FIELDS.has(field)) return `${nationalityName(value)} (${value})`;
  const codes = path ? (CODE_LISTS[path] ?? CODE_LISTS[path.slice(path.lastIndexOf('.') + 1)]) : undefined;
  if (codes) return labelOf(codes, value);
  return INSTANT.test(value) ? formatUkDateTime(value) : CALENDAR_DAY.test(value) ? formatCalendarDate(value) : value;
}

const isEmpty = (v: unknown) => v === null || v === undefined || v === '' || (Array.isArray(v) && v.length === 0);

/** Values in a row that would be unclear bare (a country, a date) are said with what they are. */
const IN_A_ROW: Record<string, string> = { issuingState: 'issued by', expiryDate: 'expires' };

/**
 * One item of a list: a document or an alias reads as its values in a row, the ones that
 * need it named: "Passport P123, issued by Sudan (SDN), expires 31 Jan 2030".
 */
function listItem(item: unknown, path: string | undefined): string {
  if (item === null || typeof item !== 'object' || Array.isArray(item)) return auditValue(item, path);
  const values = Object.entries(item).filter(([, v]) => !isEmpty(v) && typeof v !== 'object');
  const plain = values.filter(([k]) => !IN_A_ROW[k]).map(([k, v]) => auditValue(v, within(path, k)));
  const named = values.filter(([k]) => IN_A_ROW[k]).map(([k, v]) => `${IN_A_ROW[k]} ${auditValue(v, within(path, k))}`);
  const row = [plain.join(' '), ...named].filter(Boolean).join(', ');
  return row || '—';
}
