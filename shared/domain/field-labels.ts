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
};

export function fieldLabel(field: string): string {
  return LABELS[field] ?? field;
}

/** A value from the audit trail as text: a dash for nothing, JSON for lists and groups. */
export function auditValue(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'object' ? JSON.stringify(value) : String(value);
}
