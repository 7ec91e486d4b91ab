/** A count with its noun in the right number: "1 record", "2,400 records", "1 entry", "3 entries". */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;
}
