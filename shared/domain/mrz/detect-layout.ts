import { TD1, TD2, TD3, type MrzLayout } from './layouts';
import type { MrzError } from './types';

export type LayoutDetection = { ok: true; layout: MrzLayout } | { ok: false; error: MrzError };

/**
 * Chooses the format from the number of lines and the length of the longest, with a few
 * characters' slack so a line with a typo is reported as "43 characters; should be 44"
 * rather than as an unknown format.
 */
export function detectLayout(lines: readonly string[]): LayoutDetection {
  const longest = Math.max(0, ...lines.map((line) => line.length));
  if (lines.length === 3 && longest >= 24 && longest <= 36) return { ok: true, layout: TD1 };
  if (lines.length === 2 && longest >= 30 && longest < 40) return { ok: true, layout: TD2 };
  if (lines.length === 2 && longest >= 40 && longest <= 50) return { ok: true, layout: TD3 };
  return { ok: false, error: { line: 1, field: 'format', message: unknownFormat(lines) } };
}

function unknownFormat(lines: readonly string[]): string {
  const expected =
    'an MRZ is 2 lines of 44 characters (passport), 2 lines of 36 (TD2 ID card) or 3 lines of 30 (TD1 ID card)';
  if (lines.length === 0) return `No MRZ was entered; ${expected}.`;
  const lengths = lines.map((line) => line.length);
  const found =
    lines.length === 1
      ? `1 line of ${lengths[0]} characters`
      : `${lines.length} lines of ${lengths.slice(0, -1).join(', ')} and ${lengths.at(-1)} characters`;
  return `This is not a recognised MRZ: ${expected}, but this is ${found}.`;
}
