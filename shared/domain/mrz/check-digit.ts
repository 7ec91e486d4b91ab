/**
 * The ICAO Doc 9303 part 3 check digit: each character is given a value (0–9 as
 * themselves, A–Z as 10–35, the filler `<` as 0), multiplied by the repeating weights
 * 7, 3, 1, and the sum taken modulo 10. One wrong or swapped character almost always
 * changes the result, which is how a misread or mistyped MRZ is caught.
 */
const WEIGHTS = [7, 3, 1] as const;

/** The only characters an MRZ can contain: upper-case letters, digits and the filler. */
const MRZ_ALPHABET = /^[0-9A-Z<]*$/;

export const MRZ_FILLER = '<';

export function isMrzText(value: string): boolean {
  return MRZ_ALPHABET.test(value);
}

/** The value ICAO gives one MRZ character. Throws for anything outside the MRZ alphabet. */
export function mrzCharacterValue(character: string): number {
  if (character.length === 1 && isMrzText(character)) {
    if (character === MRZ_FILLER) return 0;
    const code = character.charCodeAt(0);
    return character <= '9' ? code - 48 : code - 55; // '0' is 48; 'A' is 65 and worth 10
  }
  throw new RangeError(`"${character}" is not an MRZ character`);
}

/** The 7-3-1 check digit (0–9) of an MRZ field. Throws if the field has a non-MRZ character. */
export function checkDigit(value: string): number {
  let sum = 0;
  for (let i = 0; i < value.length; i++) {
    sum += mrzCharacterValue(value.charAt(i)) * WEIGHTS[i % 3]!;
  }
  return sum % 10;
}
