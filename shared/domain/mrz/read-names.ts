import { isMrzText, MRZ_FILLER } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLineNumber } from './types';

export interface MrzName {
  familyName: string;
  givenNames: string;
}

/**
 * Doc 9303 writes the primary identifier (family name), `<<`, then the secondary
 * identifier (given names); a single `<` stands for a space or hyphen within either.
 */
export function readName(raw: string, line: MrzLineNumber, log: MrzIssueLog): MrzName {
  const none = { familyName: '', givenNames: '' };
  if (!isMrzText(raw)) return none;
  if (/[0-9]/.test(raw)) {
    log.error(line, 'name', `"${raw.replace(/<+$/, '')}" contains a digit; names use only letters and <`);
    return none;
  }
  const used = raw.replace(/<+$/, '');
  if (used === '') {
    log.error(line, 'name', 'the name is blank');
    return none;
  }
  const split = used.indexOf('<<');
  const primary = split === -1 ? used : used.slice(0, split);
  const secondary = split === -1 ? '' : used.slice(split + 2);
  const name = { familyName: spaced(primary), givenNames: spaced(secondary) };
  if (name.familyName === '') {
    // A person with one name has it as the primary identifier, so this is a malformed MRZ
    // rather than someone without a family name.
    log.warn(line, 'name', 'no family name is given before <<; check the name against the document');
  }
  if (!raw.endsWith(MRZ_FILLER)) {
    // Doc 9303 cuts long names to fit, so a field with no filler left may be truncated.
    log.warn(line, 'name', 'the name fills the whole MRZ field and may be cut short; check it against the printed name');
  }
  return name;
}

function spaced(component: string): string {
  return component.replace(/<+/g, ' ').trim();
}
