/*
 * Many rows in one statement without a JSON document around them: each column travels as
 * one text parameter, its values joined by newlines, and SQL splits it back into an array
 * with string_to_array and unnest(). PostgreSQL's JSON parser was most of a push's database
 * time when whole batches came as one jsonb_to_recordset document; splitting text is nearly
 * free, and each payload is then parsed once, as the column it is stored in. Plain SQL with
 * string parameters, so PostgreSQL and PGlite run it alike (see db/database.ts).
 *
 * Safe because no value can contain a newline: payloads are JSON.stringify output (which
 * escapes control characters), and every other value is a number, a UUID, a hex hash or
 * a string the protocol's schemas restrict to printable characters. column() checks anyway.
 */

type Value = string | number | boolean | null;

/** How a NULL is written in a column (as COPY does); no real value is ever `\N`. */
const NULL_TEXT = '\\N';

/** One column for arrayOf(): the values joined by newlines, null written as \N. */
export function column(values: readonly Value[]): string {
  return values
    .map((value) => {
      if (value === null) return NULL_TEXT;
      const text = String(value);
      // An empty value would make a one-row column the empty array; a newline would split a row.
      if (text === '' || text === NULL_TEXT || text.includes('\n')) throw new Error('A column value must be non-empty text without a newline');
      return text;
    })
    .join('\n');
}

/** The SQL array of parameter $n, as written by column(), of element type `type`. */
export function arrayOf(param: number, type: string): string {
  return `string_to_array($${param}, chr(10), '${NULL_TEXT}')::${type}[]`;
}
