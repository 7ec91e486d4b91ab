/**
 * A phonetic skeleton for names written in Latin letters from Arabic, Persian, Pashto,
 * Tigrinya, Amharic, Kurdish and Vietnamese. Officers type what they hear or what a document
 * says, and each language has its own habits (Persian o/e for Arabic u/i, French "ch" and
 * "ou", Sudanese "g" for "q", Tigrinya "gh" for "g"), so one name has many spellings.
 *
 * The skeleton has two parts:
 * - `key`: consonant classes with every vowel sound replaced by "A". Equal keys are needed
 *   for two spellings to be variants, and the key is what blocking indexes.
 * - `vowels`: the class of each vowel slot (A, E, I or U) plus the final vowel or "-". Two
 *   spellings are variants only if their vowels are compatible too. This keeps apart names
 *   that differ only by a vowel — Jamal / Jamil, Rashid / Rashad, Salah / Salih — while
 *   Mohammed / Muhammad (o~u, e~a) and Yousef / Yusuf (e~u) stay together, because "e" is
 *   how transliterations write an unstressed vowel of any colour.
 *
 * Mahmoud is not Mohammed: MAHMAD (h closes a syllable) ≠ MAHAMAD (h opens one). Hassan is
 * not Hussein: the "ei / ai / ay" of Husayn is kept as a consonant Y (HASAN ≠ HASAYN).
 * The rules were tuned on the labelled set in test/fixtures/matching (real spelling habits).
 */

export interface PhoneticForm {
  readonly key: string;
  readonly vowels: string;
}

type VowelClass = 'A' | 'E' | 'I' | 'U';

function vowelClass(v: string): VowelClass {
  if (v === 'A') return 'A';
  if (v === 'E') return 'E';
  if (v === 'I') return 'I';
  return 'U';
}

/** Letter groups that are one sound, and letters transliterations swap for one another. */
function consonantClasses(word: string): string {
  return (
    word
      // "ch" is k in Michael (Eritrean Woldemichael), but sh in French spellings (Chérif).
      .replace(/MICHAEL/g, 'MIKAEL')
      .replace(/SCH/g, 'S')
      // Tigrinya Ghebre = Gebre at the start; inside a word gh, g and q are one Arabic/Persian
      // sound (Bagheri / Baqeri, Siddig / Siddiq, Ishag / Ishaq).
      .replace(/^GH/, 'G')
      .replace(/GH/g, 'K')
      .replace(/SH|CH|TH|TS|TZ/g, 'S') // Othman / Osman, Achraf / Ashraf, Tsegay / Segay
      .replace(/PH/g, 'F')
      .replace(/KH/g, 'K')
      .replace(/DH/g, 'D')
      .replace(/ZH|DJ|XH/g, 'J') // Persian zh, French dj (Djamal), Albanian xh (Hoxha)
      .replace(/CK/g, 'K')
      .replace(/C(?=[EIY])/g, 'S')
      .replace(/C/g, 'K')
      .replace(/Q/g, 'K') // Qasim / Kasim, Qadir / Kadir
      .replace(/X/g, 'S') // Vietnamese x is s
      .replace(/V/g, 'W') // Persian v for Arabic w: Vahid / Wahid, Davood / Dawood
      .replace(/(?<!^)G/g, 'K')
      .replace(/([A-Z])\1+/g, '$1') // Mohammed / Mohamed, Hassan / Hasan
      .replace(/(?<=[AEIOU])H$/, '') // silent final h: Abdullah, Fatemeh, Sarah
  );
}

/** Slots for one vowel group; a vowel followed by i/e is a glide to y, a followed by o/u to w. */
function vowelGroup(group: string, out: { key: string[]; vowels: string[] }): void {
  const first = vowelClass(group[0]!);
  const rest = group.slice(1);
  out.key.push('A');
  out.vowels.push(first);
  if (first === 'I' && rest.length > 0) {
    // Ziad / Ziyad, Mariam / Maryam, Daniel / Danial
    out.key.push('Y', 'A');
    out.vowels.push(vowelClass(rest[0]!));
  } else if (/[IE]/.test(rest)) {
    out.key.push('Y'); // Hussein / Husain / Husayn, Saeed / Said, Ismail / Esmaeil
  } else if (first === 'A' && /[OU]/.test(rest)) {
    out.key.push('W', 'A'); // Daoud / Dawood / Daud, Raouf / Rauf
    out.vowels.push('U');
  }
}

/** The skeleton of one normalised word (uppercase A–Z, see normalise-name.ts). */
export function phoneticForm(word: string): PhoneticForm {
  const s = consonantClasses(word);
  const out = { key: [] as string[], vowels: [] as string[] };
  let i = 0;
  while (i < s.length) {
    const c = s[i]!;
    if (/[AEIOU]/.test(c)) {
      let j = i;
      while (j < s.length && /[AEIOU]/.test(s[j]!)) j++;
      vowelGroup(s.slice(i, j), out);
      i = j;
      continue;
    }
    if (c === 'Y' && i > 0 && !/[AEIOUY]/.test(s[i - 1]!)) {
      // y after a consonant is a vowel (Fady, Ly), or i + glide before a vowel (Maryam).
      out.key.push('A');
      out.vowels.push('I');
      if (i + 1 < s.length && /[AEIOU]/.test(s[i + 1]!)) out.key.push('Y');
    } else out.key.push(c);
    i++;
  }
  // The final vowel is the least stable part of a spelling (Tesfay / Tesfaye, Fatima /
  // Fatemeh, Medhane / Medhanie): out of the key, kept in the vowels for compatibility.
  let final = '-';
  const k = out.key;
  if (k.length > 4 && k.slice(-3).join('') === 'AYA' && out.vowels[out.vowels.length - 2] === 'I') {
    // A final "-ia / -iya / -ie" is one ending: Zakaria / Zakariya, Medhanie / Medhane, Yahya / Yehia.
    k.splice(-3);
    out.vowels.pop();
    final = out.vowels.pop()!;
  } else if (k.length > 1 && k[k.length - 1] === 'A') {
    k.pop();
    final = out.vowels.pop()!;
  }
  return { key: out.key.join(''), vowels: out.vowels.join('') + final };
}

/**
 * The key without its inner vowel slots: MAHAMAD → MHMD, KABRAM / KBRAM → KBRM. Coarser than
 * the key (vowels put in or left out agree): what blocking indexes.
 */
export function consonantSkeleton(phoneticKey: string): string {
  return phoneticKey.length === 0 ? '' : phoneticKey[0] + phoneticKey.slice(1).replace(/A/g, '');
}

/** The blocking and grouping key of a word: equal for its spelling variants. */
export function phoneticKey(word: string): string {
  return phoneticForm(word).key;
}

/**
 * "e" stands for any unstressed vowel; o/u and i are close (Yusuf / Yousif); but a is
 * never i or u, which is what separates Jamal / Jamil and Omar / Amir. No final vowel ("-")
 * goes with a final e or a (Tesfay / Tesfaye, Amin / Amina) but not with the -i that makes
 * a family name from a given name (Ahmad / Ahmadi, Mohammed / Mohammadi).
 */
function compatibleVowels(a: string, b: string): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y || x === 'E' || y === 'E') continue;
    if (x === '-' || y === '-') {
      if (x === 'A' || y === 'A') continue;
      return false;
    }
    if (x === 'A' || y === 'A') return false;
  }
  return true;
}

export function sameSpellingVariant(a: PhoneticForm, b: PhoneticForm): boolean {
  return a.key.length > 0 && a.key === b.key && a.vowels.length === b.vowels.length && compatibleVowels(a.vowels, b.vowels);
}

/** True when two normalised words are spellings of the same name (Yusuf / Youssef). */
export function areSpellingVariants(a: string, b: string): boolean {
  return sameSpellingVariant(phoneticForm(a), phoneticForm(b));
}
