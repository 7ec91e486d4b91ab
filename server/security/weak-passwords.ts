/**
 * Passwords an administrator might type that pass the length rule but are guessed first
 * (NIST SP 800-63B 3.1.1.2: repetitive or sequential characters, context-specific words, commonly
 * used ones). Deliberately small: a long passphrase of ordinary words is what we want people to use.
 */

const COMMON_WORDS = new Set(['password', 'passw0rd', 'letmein', 'welcome', 'qwerty', 'changeme', 'admin', 'administrator', 'secret', 'borderforce', 'fieldrecorder', 'homeoffice']);
const SEQUENCES = ['abcdefghijklmnopqrstuvwxyz', '0123456789', 'qwertyuiopasdfghjklzxcvbnm'];

const letters = (text: string) => text.toLowerCase().replace(/[^\p{L}]+/gu, '');

/** Why the password is too easy to guess, as a sentence; null when it is not. */
export function weakPasswordReason(password: string, officer: { username: string; name: string }): string | null {
  const lower = password.toLowerCase();
  if (new Set(lower).size < 5) return 'The password is one or a few characters repeated: choose a passphrase of several words.';
  const bare = lower.replace(/[^\p{L}\p{N}]+/gu, '');
  if (SEQUENCES.some((run) => (run + run).includes(bare) || [...run].reverse().join('').repeat(2).includes(bare))) {
    return 'The password is a run of keys or characters (like 123456789012 or qwertyuiop): choose a passphrase of several words.';
  }
  // Only the letters count: "Alex.Smith2026!" is the name with digits added, "password123!" a common word.
  const word = letters(password);
  if (word && (word === letters(officer.username) || word === letters(officer.name))) {
    return "The password is the officer's name or username: choose a passphrase of several words.";
  }
  if (COMMON_WORDS.has(word)) return 'The password is a commonly used word with digits or symbols: choose a passphrase of several words.';
  return null;
}
