import { isMrzText } from './check-digit';
import type { MrzIssueLog } from './issue-log';
import type { MrzLayout } from './layouts';
import type { MrzLineNumber } from './types';

/** Lists at most this many bad characters per line; a line typed with spaces would list dozens. */
const MAX_LISTED = 5;

/**
 * Checks each line's length and alphabet. Returns false if any length is wrong: every
 * field after a missing or extra character is shifted, so reading fields would only add
 * misleading errors.
 */
export function checkLineShape(lines: readonly string[], layout: MrzLayout, log: MrzIssueLog): boolean {
  let lengthsRight = true;
  lines.forEach((text, index) => {
    const line = (index + 1) as MrzLineNumber;
    if (text.length !== layout.lineLength) {
      lengthsRight = false;
      const plural = text.length === 1 ? '' : 's';
      log.lineError(line, 'length', `Line ${line} has ${text.length} character${plural}; ${layout.describedAs} line has ${layout.lineLength}`);
    }
    const bad = [...text].flatMap((character, position) => (isMrzText(character) ? [] : [`${shown(character)} at position ${position + 1}`]));
    if (bad.length > 0) {
      const listed = bad.slice(0, MAX_LISTED).join(', ') + (bad.length > MAX_LISTED ? ` and ${bad.length - MAX_LISTED} more` : '');
      log.lineError(line, 'characters', `Line ${line} contains ${listed}; an MRZ uses only A–Z, 0–9 and < (for blanks)`);
    }
  });
  return lengthsRight;
}

function shown(character: string): string {
  return /\s/.test(character) ? 'a space' : `"${character}"`;
}
