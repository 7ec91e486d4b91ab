import { isMrzText, MRZ_FILLER } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLayout } from './layouts';
import type { MrzLineNumber, MrzSex } from './types';

/** The document code, e.g. 'P<' → 'P'. Its first letter says which kind of document it is. */
export function readDocumentType(raw: string, layout: MrzLayout, log: MrzIssueLog): string {
  if (!isMrzText(raw)) return '';
  const line = layout.documentType.line;
  const initial = raw.charAt(0);
  if (!layout.documentInitials.includes(initial)) {
    const expected = layout.documentInitials.join(', ').replace(/, (\w)$/, ' or $1');
    const visa = initial === 'V' ? ' (this reader does not handle visas)' : '';
    log.error(line, 'documentType', `"${raw}" is not a code this format uses; ${layout.describedAs} starts with ${expected}${visa}`);
  } else if (!/^[A-Z<]$/.test(raw.charAt(1))) {
    log.error(line, 'documentType', `"${raw}" is not a document code; the second character must be a letter or <`);
  }
  return raw.replace(/<+$/, '');
}

/**
 * A three-letter state code. Germany alone uses a one-letter code, written `D<<`; it is
 * given as DEU so it matches the rest of the app. ICAO's own codes (XXA stateless, XXB and
 * XXC refugees, XXX unspecified) are three letters and pass through unchanged.
 */
export function readStateCode(raw: string, line: MrzLineNumber, field: 'issuingState' | 'nationality', log: MrzIssueLog): string {
  if (!isMrzText(raw)) return '';
  if (raw === 'D<<') return 'DEU';
  if (/^[A-Z]{3}$/.test(raw)) return raw;
  log.error(line, field, `"${raw}" is not a country code; it should be three letters, such as GBR`);
  return '';
}

export function readSex(raw: string, line: MrzLineNumber, log: MrzIssueLog): MrzSex {
  if (raw === 'M' || raw === 'F') return raw;
  // `<` is Doc 9303's "unspecified"; some states print X instead.
  if (raw === MRZ_FILLER || raw === 'X') return 'X';
  if (isMrzText(raw)) log.error(line, 'sex', `"${raw}" is not a sex marker; it should be M, F or <`);
  return 'X';
}
