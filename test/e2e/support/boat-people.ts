import { expect, type Page } from '@playwright/test';

export interface BoatPerson {
  /** Empty when "same family as previous person" fills it. */
  family: string;
  given: string;
  /** Typed into the focused select: its first letter picks the option. */
  sex: 'm' | 'f';
  dob: string;
  /** The code it should end up as. */
  nationality: string;
  /** What the officer types into the picker; absent when the previous person's is carried over. */
  typeNationality?: string;
  /** "a" → Adult, "c" → Claims to be a child. */
  age: 'a' | 'c';
  unaccompanied?: boolean;
  sameFamily?: boolean;
  languages?: string;
}

/**
 * Twelve synthetic people: a family of three, a carried-over nationality, accents, a lone
 * child. Dates of birth typed as officers type them: day first, a year alone, or YYYY-MM-DD.
 */
export const BOAT_OF_TWELVE: readonly BoatPerson[] = [
  { family: 'Tesfay', given: 'Abel', sex: 'm', dob: '02/03/1994', nationality: 'ERI', typeNationality: 'eri', age: 'a', languages: 'Tigrinya' },
  { family: '', given: 'Hiwet', sex: 'f', dob: '1996', nationality: 'ERI', age: 'a', sameFamily: true },
  { family: '', given: 'Selam', sex: 'f', dob: '2015-07-01', nationality: 'ERI', age: 'c', sameFamily: true },
  { family: 'Hosséini', given: 'Zoë', sex: 'f', dob: '1999-11-23', nationality: 'AFG', typeNationality: 'afg', age: 'a' },
  { family: 'Ahmadi', given: 'Reza', sex: 'm', dob: '1990', nationality: 'AFG', age: 'a' },
  { family: 'Mohammed', given: 'Yusuf', sex: 'm', dob: '15.1.1988', nationality: 'SDN', typeNationality: 'sudan', age: 'a' },
  { family: 'Abdallah', given: 'Omar', sex: 'm', dob: '2009', nationality: 'SDN', age: 'c', unaccompanied: true },
  { family: 'Kebede', given: 'Dawit', sex: 'm', dob: '1992-05-05', nationality: 'ETH', typeNationality: 'eth', age: 'a' },
  { family: 'Ghebremedhin', given: 'Yonas', sex: 'm', dob: '1997', nationality: 'ERI', typeNationality: 'eri', age: 'a' },
  { family: 'Rahimi', given: 'Farid', sex: 'm', dob: '1985-12-30', nationality: 'IRN', typeNationality: 'iran', age: 'a' },
  { family: 'Ali', given: 'Hassan', sex: 'm', dob: '2001', nationality: 'SYR', typeNationality: 'syr', age: 'a' },
  { family: 'Haile', given: 'Mebrat', sex: 'f', dob: '1993-09-09', nationality: 'ERI', typeNationality: 'eri', age: 'a' },
];

/**
 * Types one person into the boat flow's row from its first field, keyboard only, in tab
 * order: family name, given names, sex, date of birth, (known as), nationality, age status,
 * unaccompanied, same family (only once someone is recorded), languages. Enter saves from
 * any field, so the officer stops as soon as the rest is right.
 */
export async function recordPersonInRow(page: Page, p: BoatPerson, firstOfBoat: boolean): Promise<void> {
  const keys = page.keyboard;
  await keys.type(p.family);
  await keys.press('Tab');
  await keys.type(p.given);
  await keys.press('Tab');
  await keys.type(p.sex);
  await keys.press('Tab');
  await keys.type(p.dob);
  await keys.press('Tab'); // "Known as" follows what was typed: a year alone becomes "Year only"
  await keys.press('Tab');
  if (p.typeNationality) await keys.type(p.typeNationality);
  await keys.press('Tab');
  await keys.type(p.age);
  if (!p.unaccompanied && !p.sameFamily && !p.languages) {
    // Nothing more to change: Enter saves from wherever the officer is, a select included.
    await keys.press('Enter');
    return;
  }
  await keys.press('Tab');
  if (p.unaccompanied) await keys.press('Space');
  if (!firstOfBoat) {
    await keys.press('Tab');
    if (p.sameFamily) await keys.press('Space');
  }
  await keys.press('Tab');
  if (p.languages) await keys.type(p.languages);
  await keys.press('Enter');
}

/** The next person of a boat, typed as the README's keyboard path (the family name, then Samuel, male, born 1994), up to the nationality box. */
export async function typeBoatRowUpToNationality(page: Page, family: string): Promise<void> {
  await page.keyboard.type(family);
  await page.keyboard.press('Tab');
  await page.keyboard.type('Samuel');
  await page.keyboard.press('Tab');
  await page.keyboard.type('m');
  await page.keyboard.press('Tab');
  await page.keyboard.type('1994');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
}

/**
 * Opens a boat's next-person row and types an Eritrean adult into it by keyboard, up to the
 * Enter that saves (not waited for). Returns the row.
 */
export async function typeEritreanAdultIntoBoatRow(page: Page, appUrl: string, boatId: string, family: string) {
  await page.goto(`${appUrl}#/interceptions/${boatId}/people`);
  const row = page.getByRole('form', { name: 'Next person' });
  await expect(row.getByLabel('Family name')).toBeFocused();
  await typeBoatRowUpToNationality(page, family);
  await page.keyboard.type('eri');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('a');
  await page.keyboard.press('Enter');
  return row;
}
