/**
 * CSV as RFC 4180 describes it (CRLF, quotes doubled, fields quoted when needed), with a
 * UTF-8 byte-order mark so spreadsheet programs read accents correctly.
 */
export const UTF8_BOM = '\uFEFF';

/** Cells a spreadsheet would run as a formula (CSV injection) get a leading apostrophe. */
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  let text = typeof value === 'string' ? value : Array.isArray(value) ? value.join('; ') : String(value);
  if (FORMULA_START.test(text) && typeof value === 'string') text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** One record's line, without its line break. */
export function csvLine(values: readonly unknown[]): string {
  return values.map(csvCell).join(',');
}

export function toCsv(header: readonly string[], rows: Iterable<readonly unknown[]>): string {
  const lines = [csvLine(header)];
  for (const row of rows) lines.push(csvLine(row));
  return `${UTF8_BOM}${lines.join('\r\n')}\r\n`;
}

/** Reads CSV written by toCsv (or any RFC 4180 CSV) back into rows; used by tests and imports. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(UTF8_BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  const endRow = () => {
    endCell();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < input.length; i++) {
    const ch = input[i]!;
    if (quoted) {
      if (ch === '"' && input[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') endCell();
    else if (ch === '\r' && input[i + 1] === '\n') {
      endRow();
      i++;
    } else cell += ch;
  }
  if (cell !== '' || row.length) endRow();
  return rows;
}
