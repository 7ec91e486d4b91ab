import type { Option } from '../../../shared/domain/reference/options';

/** Case and accents do not matter: "cote" finds "Côte d'Ivoire". */
export function fold(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}

/**
 * The options an officer most likely means by what they typed, best first: the exact code
 * ("eri" → ERI), then names that start with it, codes that start with it, names with a word
 * that starts with it, and last names that merely contain it. Equally good matches keep the
 * list's own order, which puts the likelier first (reference/countries.ts).
 */
export function rankOptions(options: readonly Option[], query: string, limit = 8): Option[] {
  const q = fold(query);
  if (!q) return options.slice(0, limit);
  const scored: { option: Option; score: number; index: number }[] = [];
  for (const [index, option] of options.entries()) {
    const code = option.code.toLowerCase();
    const label = fold(option.label);
    const score =
      code === q ? 0 : label.startsWith(q) ? 1 : code.startsWith(q) ? 2 : label.split(/[\s,()'-]+/).some((w) => w.startsWith(q)) ? 3 : label.includes(q) ? 4 : -1;
    if (score >= 0) scored.push({ option, score, index });
  }
  scored.sort((a, b) => a.score - b.score || a.index - b.index);
  return scored.slice(0, limit).map((s) => s.option);
}
