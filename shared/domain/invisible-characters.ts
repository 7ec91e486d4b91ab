/**
 * Characters that cannot be seen but change what text is: control characters pasted from
 * other systems (NUL, which the centre's database cannot store, BEL, escape codes) and the
 * direction overrides that make a name print backwards (U+202E) or hide it from search, and
 * soft hyphens and zero-width spaces that split a word where nobody can see it.
 * Zero-width joiners (U+200C, U+200D) stay: Persian and other scripts need them.
 * Tab, line feed and carriage return stay too: notes have lines.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVISIBLE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u00AD\u200B\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/g;

export function withoutInvisibleCharacters(text: string): string {
  return text.replace(INVISIBLE, '');
}
