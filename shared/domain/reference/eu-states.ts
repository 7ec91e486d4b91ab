/**
 * The 27 EU member states (since 1 Feb 2020; the UK left then, Croatia joined in 2013),
 * as ISO 3166-1 alpha-3 codes. Their nationals are EU citizens, never "third-country
 * nationals", so the returns pilot does not apply to them.
 */
export const EU_MEMBER_STATES = [
  'AUT', 'BEL', 'BGR', 'HRV', 'CYP', 'CZE', 'DNK', 'EST', 'FIN',
  'FRA', 'DEU', 'GRC', 'HUN', 'IRL', 'ITA', 'LVA', 'LTU', 'LUX',
  'MLT', 'NLD', 'POL', 'PRT', 'ROU', 'SVK', 'SVN', 'ESP', 'SWE',
] as const;
export type EuMemberState = (typeof EU_MEMBER_STATES)[number];

const EU = new Set<string>(EU_MEMBER_STATES);

/**
 * True for an EU member state's code. Also accepts `D`, the code German documents carry
 * in their machine-readable zone (ICAO Doc 9303) instead of DEU, so a nationality copied
 * straight from an MRZ is not missed.
 */
export function isEuMemberState(code: string | null | undefined): boolean {
  if (!code) return false;
  const c = code.trim().toUpperCase().replace(/<+$/, '');
  return c === 'D' || EU.has(c);
}
