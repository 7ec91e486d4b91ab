import { dayFirstDateToIso } from '../../../../shared/domain/dates';

/**
 * What a typed date of birth says about its precision: "1998" can only be a year, and a
 * full date typed over a year is exact again. Saves the officer a field; an estimate is
 * never guessed, only kept.
 */
export function precisionFor(dateOfBirth: string, current: string): string {
  const typed = dateOfBirth.trim();
  if (/^\d{4}$/.test(typed) && current !== 'YEAR') return 'YEAR';
  if (/^\d{4}-\d{2}-\d{2}$/.test(dayFirstDateToIso(typed)) && current === 'YEAR') return 'EXACT';
  return current;
}
