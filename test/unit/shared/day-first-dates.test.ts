import { describe, expect, it } from 'vitest';
import { ArrivalInput } from '../../../shared/domain/arrival';
import { dayFirstDateToIso, isoDateToDayFirst } from '../../../shared/domain/dates';

describe('dates typed day first, as UK officers write them', () => {
  it('are read as day, month, year whatever the separator, one or two digits each', () => {
    expect(['14/03/2009', '14.03.2009', '14-03-2009', '14 03 2009', '4/3/2009', ' 04/3/2009 '].map(dayFirstDateToIso)).toEqual([
      '2009-03-14', '2009-03-14', '2009-03-14', '2009-03-14', '2009-03-04', '2009-03-04',
    ]);
  });

  it('leave a year, a date already written YYYY-MM-DD and anything else as typed, for the schema to judge', () => {
    expect(['2009', '2009-03-14', '14/03/09', '2009/03/14', 'March 2009', ''].map(dayFirstDateToIso)).toEqual([
      '2009', '2009-03-14', '14/03/09', '2009/03/14', 'March 2009', '',
    ]);
  });

  it('are shown back the same way in a form, and read back unchanged', () => {
    expect(isoDateToDayFirst('2009-03-04')).toBe('04/03/2009');
    expect(dayFirstDateToIso(isoDateToDayFirst('2009-03-04'))).toBe('2009-03-04');
    expect(isoDateToDayFirst('2009')).toBe('2009');
  });

  it('are refused when there is no such day, with an example written the UK way', () => {
    const person = { route: 'OTHER', site: 'MAN', familyName: 'Example', dateOfBirthPrecision: 'EXACT', dateOfBirth: dayFirstDateToIso('31/02/2009') };
    const parsed = ArrivalInput.safeParse(person);
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.find((i) => i.path[0] === 'dateOfBirth')?.message).toBe('Date of birth must be a real date, e.g. 14/03/1998');
  });

  it('a date of birth typed with a time is told to leave the time out, whatever it is known as', () => {
    for (const precision of ['YEAR', 'EXACT']) {
      const parsed = ArrivalInput.safeParse({ route: 'OTHER', site: 'MAN', familyName: 'Example', dateOfBirthPrecision: precision, dateOfBirth: dayFirstDateToIso('14/03/1998 10:30') });
      expect(parsed.error?.issues.find((i) => i.path[0] === 'dateOfBirth')?.message).toBe('A date of birth has no time: write the date alone, e.g. 14/03/1998');
    }
  });

  it('an estimate typed as a year alone is told to be a whole date, or "Year only"', () => {
    const person = { route: 'OTHER', site: 'MAN', familyName: 'Example', dateOfBirthPrecision: 'ESTIMATED', dateOfBirth: '1990' };
    const parsed = ArrivalInput.safeParse(person);
    expect(parsed.error?.issues.find((i) => i.path[0] === 'dateOfBirth')?.message).toBe(
      'An estimated date of birth is a whole date, e.g. 01/07/1990; for a year alone, choose "Year only"',
    );
  });
});
