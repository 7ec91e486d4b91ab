import { foldLetters } from './normalise-name';
import type { PreparedName, PreparedToken } from './prepared-person';
import { typingDistance } from './string-distance';
import { areSpellingVariants, sameSpellingVariant } from './transliteration';

/**
 * How alike two recorded names are, word by word and in any order: family and given names
 * are swapped often (Vietnamese puts the family name first; Eritrean and Sudanese "family
 * names" are a father's name that may be recorded as a given name instead).
 */
export type WordAgreement = 'exact' | 'variant' | 'typo';

export interface WordMatch {
  query: PreparedToken;
  candidate: PreparedToken;
  agreement: WordAgreement;
  similarity: number;
}

export interface NameComparison {
  /** 0 (nothing in common) … 1 (the same words). */
  similarity: number;
  matches: WordMatch[];
  /** The words were split differently but spell the same name (Alireza / Ali Reza). */
  joinedVariant: boolean;
  /** The family name of one record matched a given name of the other. */
  swapped: boolean;
  queryName: PreparedName;
  candidateName: PreparedName;
}

const VARIANT_SIMILARITY = 0.93;

function compareWords(a: PreparedToken, b: PreparedToken): { agreement: WordAgreement; similarity: number } | null {
  if (a.text === b.text) return { agreement: 'exact', similarity: 1 };
  if (sameSpellingVariant(a.form, b.form)) return { agreement: 'variant', similarity: VARIANT_SIMILARITY };
  // A slip weighs more in a short word: Ruta / Rua is likelier a slip than Ali / Adi, but
  // both stay well below a spelling variant. Two slips only count in longer words.
  const shortest = Math.min(a.text.length, b.text.length);
  const longest = Math.max(a.text.length, b.text.length);
  // Compare as typed too: a slip inside "-eddin" defeats the canonical spelling of the suffix.
  const slips = Math.min(typingDistance(a.text, b.text, 2), typingDistance(foldLetters(a.display), foldLetters(b.display), 2));
  if (slips === 1 && shortest >= 3) return { agreement: 'typo', similarity: Math.min(0.9, 1 - 1 / longest) };
  if (slips === 2 && longest >= 6 && shortest >= 4) return { agreement: 'typo', similarity: 0.9 - 2 / longest };
  if (typingDistance(a.text, b.text, 3) <= 3 && slipOnVariant(a.form.key, b.form.key)) {
    return { agreement: 'typo', similarity: 0.7 };
  }
  return null;
}

/**
 * A slip typed into another spelling (Majeed → Manjeed against Majid) leaves the phonetic
 * keys one consonant apart. A vowel slot or a y/w glide more or less is NOT a slip here: it
 * is exactly what separates Mohammed (MAHAMAD) from Mahmoud (MAHMAD) and Hussein (HASAYN)
 * from Hassan (HASAN).
 */
function slipOnVariant(a: string, b: string): boolean {
  // The first sound must agree, as in every other slip rule: Karimi (KARAM) is not a slip of
  // Aram (ARAM), though the keys are one consonant apart.
  if (Math.min(a.length, b.length) < 4 || a[0] !== b[0] || typingDistance(a, b, 1) !== 1) return false;
  if (a.length === b.length) return true;
  const [long, short] = a.length > b.length ? [a, b] : [b, a];
  for (let i = 0; i < long.length; i++) {
    if ('AYW'.includes(long[i]!) && long.slice(0, i) + long.slice(i + 1) === short) return false;
  }
  return true;
}

function partRank(a: PreparedToken, b: PreparedToken): number {
  return a.part === b.part ? 1 : 0;
}

/**
 * The pairing of words with the highest total agreement. Greedy pairing is not enough:
 * "Sadig Sdig" / "Sadig Sadiq" pairs best as variant + slip, not exact + nothing. Names
 * have a handful of words, so trying every pairing is cheap; the search is bounded for
 * very long names, keeping the best found (the first one tried is the greedy pairing).
 */
function pairWords(q: readonly PreparedToken[], c: readonly PreparedToken[]): WordMatch[] {
  const options = q.map((a) =>
    c.flatMap((b) => {
      const r = compareWords(a, b);
      return r ? [{ query: a, candidate: b, ...r }] : [];
    }).sort((x, y) => y.similarity - x.similarity || partRank(y.query, y.candidate) - partRank(x.query, x.candidate)),
  );
  const value = (ms: readonly WordMatch[]) => ms.reduce((s, m) => s + m.similarity + 1e-3 * partRank(m.query, m.candidate), 0);
  let best: WordMatch[] = [];
  let tries = 0;
  const search = (i: number, used: Set<PreparedToken>, chosen: WordMatch[]) => {
    if (++tries > 5000) return;
    if (i === options.length) {
      if (value(chosen) > value(best)) best = [...chosen];
      return;
    }
    for (const m of options[i]!) {
      if (used.has(m.candidate)) continue;
      used.add(m.candidate);
      chosen.push(m);
      search(i + 1, used, chosen);
      chosen.pop();
      used.delete(m.candidate);
    }
    search(i + 1, used, chosen); // this word left unpaired
  };
  search(0, new Set(), []);
  return best;
}

function joinedText(tokens: readonly PreparedToken[], familyFirst: boolean): string {
  const family = tokens.filter((t) => t.part === 'family');
  const rest = tokens.filter((t) => t.part !== 'family');
  return (familyFirst ? [...family, ...rest] : [...rest, ...family]).map((t) => t.text).join('');
}

export function compareNames(queryName: PreparedName, candidateName: PreparedName): NameComparison {
  const q = queryName.tokens;
  const c = candidateName.tokens;
  const matches = pairWords(q, c);
  const total = matches.reduce((sum, m) => sum + m.similarity, 0);
  const fewer = Math.min(q.length, c.length);
  const more = Math.max(q.length, c.length);
  // Half "how much of the shorter name is in the longer" (a father's or grandfather's name
  // added or left out is common), half "how much of both names agrees", so that extra
  // unmatched words cost something. The even split was best on the labelled set.
  let similarity = fewer === 0 ? 0 : 0.5 * (total / fewer) + 0.5 * (total / more);
  const joined = joinedText(c, true);
  const joinedVariant =
    similarity < VARIANT_SIMILARITY &&
    q.length !== c.length &&
    [true, false].some((familyFirst) => areSpellingVariants(joinedText(q, familyFirst), joined));
  if (joinedVariant) similarity = VARIANT_SIMILARITY;
  const crossed = matches.filter((m) => m.query.part !== 'alias' && m.candidate.part !== 'alias' && m.query.part !== m.candidate.part);
  const straight = matches.filter((m) => m.query.part === 'family' && m.candidate.part === 'family');
  const swapped = crossed.some((m) => m.query.part === 'family') && straight.length === 0;
  return { similarity, matches, joinedVariant, swapped, queryName, candidateName };
}

/** The best agreement between any recorded name or alias of one person and any of the other. */
export function bestNameComparison(query: readonly PreparedName[], candidate: readonly PreparedName[]): NameComparison | null {
  let best: NameComparison | null = null;
  for (const a of query) {
    for (const b of candidate) {
      const r = compareNames(a, b);
      // Prefer the recorded names over aliases when they agree equally well.
      if (!best || r.similarity > best.similarity + 1e-9) best = r;
    }
  }
  return best;
}
