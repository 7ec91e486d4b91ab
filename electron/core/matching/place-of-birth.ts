import { normaliseName } from './normalise-name';
import { typingDistance } from './string-distance';
import { consonantSkeleton, phoneticForm, sameSpellingVariant, type PhoneticForm } from './transliteration';

/**
 * Place of birth, compared the way names are (the same normalisation, transliteration
 * skeleton and typing distance): Mazar-i-Sharif / Mazar-e Sharif, Jalalabad / Jelalabad,
 * Asmara / Asmera, El Fasher / Al-Fashir, Deir ez-Zor / Deir al-Zour are each one place.
 * A province given instead of its town, or another place altogether, is a different place:
 * the matcher has no gazetteer, and people do give different places (where they grew up).
 */
export interface PreparedPlace {
  /** As recorded, for reasons on screen. */
  readonly display: string;
  /** The words joined, uppercase A–Z without particles: what comparisons use. */
  readonly text: string;
  readonly form: PhoneticForm;
  /** The consonant skeleton of the joined words: what identity_keys files the place under. */
  readonly key: string;
}

// "City", "district" and the like add nothing; a single letter is the Persian izafe
// (Mazar-i-Sharif, Pol-e Khomri), written or not.
const FILLER_WORDS = new Set(['CITY', 'TOWN', 'VILLAGE', 'DISTRICT', 'PROVINCE', 'REGION', 'GOVERNORATE', 'CAMP']);

export function preparePlace(raw: string | null | undefined): PreparedPlace | null {
  const display = raw?.trim() ?? '';
  let words = normaliseName(display).map((t) => t.text).filter((w) => w.length > 1 && !FILLER_WORDS.has(w));
  // Vietnamese "Thành phố" (city of) before the name.
  if (words[0] === 'THANH' && words[1] === 'PHO' && words.length > 2) words = words.slice(2);
  const text = words.join('');
  if (text.length < 2) return null;
  const form = phoneticForm(text);
  return { display, text, form, key: consonantSkeleton(form.key) };
}

export type PlaceAgreement = 'same' | 'variant' | 'different' | 'unknown';

export function comparePlaces(a: PreparedPlace | null, b: PreparedPlace | null): PlaceAgreement {
  if (!a || !b) return 'unknown';
  if (a.text === b.text) return 'same';
  if (sameSpellingVariant(a.form, b.form)) return 'variant';
  // Vowels put in or left out (Shkodër / Shkodra, Mendefera / Mendefra) or one slip.
  if (a.key.length >= 3 && a.key === b.key) return 'variant';
  if (Math.min(a.text.length, b.text.length) >= 5 && typingDistance(a.text, b.text, 1) <= 1) return 'variant';
  return 'different';
}
