import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import type { Option } from './options';

countries.registerLocale(en);

/**
 * ICAO Doc 9303 part 3 codes that are not ISO 3166-1 countries but appear in travel
 * documents and must be recordable as a nationality.
 */
export const ICAO_SPECIAL_NATIONALITIES = [
  { code: 'XXA', label: 'Stateless person (ICAO XXA)' },
  { code: 'XXB', label: 'Refugee, 1951 Convention (ICAO XXB)' },
  { code: 'XXC', label: 'Refugee, other (ICAO XXC)' },
  { code: 'XXX', label: 'Nationality unspecified (ICAO XXX)' },
  { code: 'RKS', label: 'Kosovo (ICAO RKS)' },
] as const satisfies readonly Option[];

/** Every ISO 3166-1 alpha-3 country with its English name, then ICAO's special codes. */
export const NATIONALITIES: readonly Option[] = [
  ...Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, label: countries.getName(code, 'en') ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  ...ICAO_SPECIAL_NATIONALITIES,
];

const KNOWN = new Set(NATIONALITIES.map((n) => n.code));

export function isNationalityCode(code: string): boolean {
  return KNOWN.has(code);
}

export function nationalityName(code: string | null | undefined): string {
  if (!code) return '';
  return NATIONALITIES.find((n) => n.code === code)?.label ?? code;
}
