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

/**
 * The nationalities officers at the Channel record most (DOMAIN.md: Eritrea, Afghanistan,
 * Sudan, Vietnam, Iran, Syria; Iraqi Kurds and Albanians; stateless people, often Bidoon from
 * Kuwait), most frequent first. They lead the list, so a few letters find them before a rarer
 * country that starts the same way: "sta" means Stateless here, not State of Palestine.
 */
const COMMON_AT_THE_CHANNEL = ['ERI', 'AFG', 'SDN', 'VNM', 'IRN', 'SYR', 'IRQ', 'ALB', 'XXA'];

const allNationalities: Option[] = [
  ...Object.keys(countries.getAlpha3Codes())
    .map((code) => ({ code, label: countries.getName(code, 'en') ?? code }))
    .sort((a, b) => a.label.localeCompare(b.label, 'en-GB')),
  ...ICAO_SPECIAL_NATIONALITIES,
];

/** Every ISO 3166-1 alpha-3 country with its English name and ICAO's special codes: the commonest here first, then A to Z. */
export const NATIONALITIES: readonly Option[] = [
  ...COMMON_AT_THE_CHANNEL.map((code) => allNationalities.find((n) => n.code === code)!),
  ...allNationalities.filter((n) => !COMMON_AT_THE_CHANNEL.includes(n.code)),
];

const KNOWN = new Set(NATIONALITIES.map((n) => n.code));

export function isNationalityCode(code: string): boolean {
  return KNOWN.has(code);
}

export function nationalityName(code: string | null | undefined): string {
  if (!code) return '';
  return NATIONALITIES.find((n) => n.code === code)?.label ?? code;
}
