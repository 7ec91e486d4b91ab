import { fieldLabel } from './field-labels';
import { MEDICAL_TRIAGE } from './reference/arrival-codes';
import { labelOf } from './reference/options';

/** The parts of a person's record that say what care they need. */
export interface PersonNeeds {
  medical: readonly string[];
  disability: boolean;
  traffickingIndicators: boolean;
  unaccompanied: boolean;
  ageStatus: string | null;
}

/** Age statuses under which an unaccompanied person is (or may be) a child: all but the adult ones. */
const ADULT_STATUSES = new Set(['ADULT', 'ASSESSED_ADULT']);

export function isUnaccompaniedChild(p: PersonNeeds): boolean {
  return p.unaccompanied && !ADULT_STATUSES.has(p.ageStatus ?? '');
}

/**
 * What care a person needs, in the words an officer reads on every screen (never codes), most
 * urgent first: medical triage, then disability, trafficking indicators, an unaccompanied child.
 * Empty when nothing is recorded.
 */
export function needsInWords(p: PersonNeeds): string[] {
  const needs = p.medical.map((code) => labelOf(MEDICAL_TRIAGE, code));
  if (p.disability) needs.push(fieldLabel('disability'));
  if (p.traffickingIndicators) needs.push(fieldLabel('traffickingIndicators'));
  if (p.unaccompanied) needs.push(isUnaccompaniedChild(p) ? `${fieldLabel('unaccompanied')} child` : fieldLabel('unaccompanied'));
  return needs;
}
