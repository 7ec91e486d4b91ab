/**
 * Turns pasted or typed text into MRZ lines: blank lines and surrounding whitespace
 * (including Windows line endings) are dropped and lower case is raised, because none of
 * these change what the officer meant. Anything else, spaces inside a line included, is
 * kept so that it can be reported rather than silently "fixed".
 */
export function mrzLinesFromText(text: string): string[] {
  const lines = text
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    // Only a–z: other letters are not MRZ characters, and raising them (ß → SS) could shift positions.
    .map((line) => line.replace(/[a-z]/g, (letter) => letter.toUpperCase()));
  return lines.length === 1 ? splitRunTogether(lines[0]!) : lines;
}

/** Whole MRZs pasted as one line, e.g. from a scanner, have an unmistakable length. */
const RUN_TOGETHER: Record<number, number> = { 88: 44, 72: 36, 90: 30 };

function splitRunTogether(line: string): string[] {
  const lineLength = RUN_TOGETHER[line.length];
  if (lineLength === undefined) return [line];
  const lines: string[] = [];
  for (let start = 0; start < line.length; start += lineLength) lines.push(line.slice(start, start + lineLength));
  return lines;
}
