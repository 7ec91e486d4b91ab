/**
 * Removes differences in how a name was WRITTEN (accents, case, punctuation, hyphens, the
 * Arabic article and connectors, how "Abd al-" is split) so that the same written name
 * always gives the same tokens. Differences of SOUND (Mohammed / Muhammad) are not handled
 * here: that is transliteration.ts, which works on these tokens.
 */

export interface NameToken {
  /** Uppercase A–Z with particles resolved: what comparisons use. */
  readonly text: string;
  /** As the officer typed it (joined parts separated by a space), for reasons on screen. */
  readonly display: string;
}

// Letters that Unicode decomposition leaves alone (NFKD turns Ñ into N + tilde, but ß, Đ, Ø
// have no decomposition). Đ matters: it starts many Vietnamese names (Đặng, Đỗ).
const UNDECOMPOSED: Record<string, string> = {
  ß: 'SS', ẞ: 'SS', æ: 'AE', Æ: 'AE', œ: 'OE', Œ: 'OE', ø: 'O', Ø: 'O', đ: 'D', Đ: 'D',
  ð: 'D', Ð: 'D', ł: 'L', Ł: 'L', ı: 'I', þ: 'TH', Þ: 'TH', ħ: 'H', Ħ: 'H',
};
// ʿayn and hamza marks and apostrophes vanish in most transliterations (Sa'id = Said).
const TRANSLITERATION_MARKS = /[ʿʾʼʻʹ'’‘`´]/g;

/** Uppercase A–Z only: accents, case and transliteration marks folded away. */
export function foldLetters(raw: string): string {
  return raw
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[ßẞæÆœŒøØđĐðÐłŁıþÞħĦ]/g, (c) => UNDECOMPOSED[c] ?? c)
    .replace(TRANSLITERATION_MARKS, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
}

/** Written abbreviations of Muhammad (Syrian documents often print "Mhd"). */
const ABBREVIATIONS: Record<string, string> = { MHD: 'MOHAMMED', MOHD: 'MOHAMMED', MUHD: 'MOHAMMED', MD: 'MOHAMMED' };

/** The article and "son/daughter of": as often left out as written, so they carry no identity. */
const DROPPED_PARTICLES = new Set(['AL', 'EL', 'UL', 'IL', 'BIN', 'BEN', 'IBN', 'BINT', 'BINTI', 'OULD', 'WALD']);

/** The article assimilated to a "sun letter": "Ash-Shami", "Ar-Rashid", "Ed-Din". */
const ASSIMILATED_ARTICLE = /^[AEU](D|DH|R|S|SH|T|TH|Z)$/; // not "an-": Vietnamese An Nhien

/** "Servant of …" and "father of …" belong to the next word: "Abdul Rahman" is one name. */
const JOINS_NEXT = new Set(['ABD', 'ABDUL', 'ABDEL', 'ABDAL', 'ABDOL', 'ABDOUL', 'ABDUR', 'ABDER', 'ABDUS', 'ABDES', 'ABU', 'ABOU', 'ABO']);

/**
 * "Abdi", "Abdu", "Abdo" are names of their own, but before one of the names of God they are
 * "servant of" written apart, as Somali names often are: "Abdi Rahman" is Abdirahman.
 */
export const ABD_WITH_VOWEL = new Set(['ABDI', 'ABDU', 'ABDO', 'ABDOU']);
export const DIVINE_NAMES = new Set([
  'RAHMAN', 'RAHIM', 'KARIM', 'AZIZ', 'QADIR', 'KADIR', 'QADER', 'KADER', 'SALAM', 'FATAH', 'FATTAH', 'WAHAB', 'WAHHAB', 'MAJID',
  'MAJEED', 'HAKIM', 'LATIF', 'NASIR', 'NASSER', 'RAZAK', 'RAZAQ', 'RAZZAQ', 'GHANI', 'HAMID', 'HAMEED', 'JABBAR', 'MALIK',
  'RASHID', 'RASHEED', 'WAHID', 'SAMAD', 'HADI', 'HALIM', 'BASIT', 'BARI', 'JALIL', 'QAYYUM', 'KHALIQ', 'SATTAR', 'SHAKUR', 'GHAFUR', 'GHAFOOR', 'WADUD',
]);

/** True when a word joins the next: always for "servant of" and "father of", and for Abdi- before a name of God. */
export function joinsNext(word: string, next: string): boolean {
  return JOINS_NEXT.has(word) || (ABD_WITH_VOWEL.has(word) && DIVINE_NAMES.has(next));
}

/** "… of the faith" belongs to the previous word: "Nasr Eldin" = "Nasreddin". */
const JOINS_PREVIOUS = /^(?:[AEIU][LD]?)?DINE?$/;

function splitRaw(raw: string): NameToken[] {
  return raw
    .replace(TRANSLITERATION_MARKS, '')
    .split(/[^\p{L}\p{M}]+/u)
    .map((display) => ({ text: foldLetters(display), display }))
    .filter((t) => t.text.length > 0);
}

function joined(a: NameToken, b: NameToken): NameToken {
  return { text: a.text + b.text, display: `${a.display} ${b.display}` };
}

function resolveParticles(tokens: NameToken[]): NameToken[] {
  const out: NameToken[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const next = tokens[i + 1];
    const text = ABBREVIATIONS[t.text] ?? t.text;
    const article = ASSIMILATED_ARTICLE.exec(text);
    if (article && next?.text.startsWith(article[1]!)) continue;
    if (DROPPED_PARTICLES.has(text) && next) continue;
    const previous = out[out.length - 1];
    if (previous && JOINS_PREVIOUS.test(text)) {
      out[out.length - 1] = { text: previous.text.replace(/[AEIOU]+$/, '') + 'UDDIN', display: `${previous.display} ${t.display}` };
      continue;
    }
    out.push({ text, display: t.display });
  }
  // Join forwards in a second pass, so "Abd al-Rahman" has lost its "al" before joining.
  const result: NameToken[] = [];
  for (let i = 0; i < out.length; i++) {
    const t = out[i]!;
    const next = out[i + 1];
    if (next && joinsNext(t.text, next.text)) {
      result.push(joined(t, next));
      i++;
    } else result.push(t);
  }
  return result;
}

/** Abd- and a vowel before a single consonant other than L and then a vowel: "Abdi-rahman", "Abdou-karim". */
export const ABD_BEFORE_ONE_CONSONANT = /^ABD(?:OU|[AEIOU])(?=[B-DF-HJ-KM-NP-TV-Z][AEIOU][A-Z]{2})/;

/** One spelling for the parts of a name that are written several ways inside one word. */
function canonicalWord(text: string): string {
  let w = text;
  // Abdul-, Abdel-, Abdal-, Abdoul-, Abd + consonant, and assimilated Abdur-Rahman, Abdus-Salam.
  w = w.replace(/^ABD(?:OU|[AEIOU])([RSTDZN])\1(?=[A-Z]{3})/, 'ABDUL$1');
  w = w.replace(/^ABD(?:OU|[AEIOU])L(?=[A-Z]{2})/, 'ABDUL');
  w = w.replace(/^ABD(?=[B-DF-HJ-NP-TV-Z][A-Z]{2})/, 'ABDUL');
  // …and before one consonant, as Somali and Sudanese names write it: Abdirahman, Abdurahman,
  // Abdikarim (migrations/014 re-files what was filed before this rule).
  w = w.replace(ABD_BEFORE_ONE_CONSONANT, 'ABDUL');
  w = w.replace(/^AB(?:OU|O)(?=[B-DF-HJ-NP-TV-Z][A-Z]{2})/, 'ABU');
  // The article written joined: "Alhassan", "Elamin", "Alali". Not before a vowel pair
  // (Alaa), an I (Ali, Alireza, Elias) or three letters (Almaz, Elham).
  const article = /^(?:AL|EL)(?=([A-Z]{3,}))/.exec(w);
  if (article) {
    const rest = article[1]!;
    const vowel = /[AEIOU]/;
    const name = rest[0] !== 'I' && (!vowel.test(rest[0]!) || !vowel.test(rest[1]!));
    const long = rest.length >= 4 || vowel.test(rest[0]!); // Alali → Ali, but Almaz, Elham stay
    if (name && long && rest !== 'UDDIN') w = rest;
  }
  // "-eddin", "-eldine", "-uddin", "-aldin": one suffix, as when the parts were typed apart.
  w = w.replace(/(?<=^[A-Z]{2,})[AEIOU]*[AEIOU][LD]DINE?$/, 'UDDIN');
  return w;
}

/** A name as tokens: "Abdel-Rahman AL HASSAN" → ABDULRAHMAN, HASSAN. */
export function normaliseName(raw: string | null | undefined): NameToken[] {
  if (!raw) return [];
  return resolveParticles(splitRaw(raw)).map((t) => ({ text: canonicalWord(t.text), display: t.display }));
}

/** Token texts sorted, so names recorded in a different order compare equal. */
export function orderFreeNameKey(tokens: readonly NameToken[]): string {
  return tokens.map((t) => t.text).sort().join(' ');
}

/** True when two names have the same tokens in any order ("Nguyen Van Minh" / "Minh Nguyen Van"). */
export function sameNameAnyOrder(a: string, b: string): boolean {
  const ka = orderFreeNameKey(normaliseName(a));
  return ka.length > 0 && ka === orderFreeNameKey(normaliseName(b));
}
