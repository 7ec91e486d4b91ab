import { checkLineShape } from './check-line-shape';
import { detectLayout } from './detect-layout';
import { MrzIssueLog } from './issue-log';
import { mrzLinesFromText } from './mrz-lines';
import { readMrz } from './read-mrz';
import type { MrzResult } from './types';

export type * from './types';

export interface ParseMrzOptions {
  /** Decides the century of a date of birth; defaults to now. Fixed in tests. */
  today?: Date;
}

/**
 * Reads a machine-readable zone (ICAO Doc 9303 TD1, TD2 or TD3) as pasted or typed by an
 * officer, checks every check digit, and returns either the holder's details or every
 * problem found, each worded so the officer can find and fix it.
 */
export function parseMrz(text: string, options: ParseMrzOptions = {}): MrzResult {
  const lines = mrzLinesFromText(text);
  const detection = detectLayout(lines);
  if (!detection.ok) return { ok: false, errors: [detection.error] };
  const { layout } = detection;

  const log = new MrzIssueLog();
  const shapeRight = checkLineShape(lines, layout, log);
  const fields = shapeRight ? readMrz(lines, layout, options.today ?? new Date(), log) : undefined;
  if (!fields || log.errors.length > 0) {
    // Sorting is stable, so problems on one line stay in the order they appear on it.
    return { ok: false, errors: [...log.errors].sort((a, b) => a.line - b.line) };
  }
  return { ok: true, format: layout.format, fields, warnings: log.warnings };
}
