/** A closed list of codes, each with the label an officer sees. */
export interface Option<C extends string = string> {
  code: C;
  label: string;
}

export function codesOf<const T extends readonly Option[]>(options: T): [T[number]['code'], ...T[number]['code'][]] {
  return options.map((o) => o.code) as [T[number]['code'], ...T[number]['code'][]];
}

export function labelOf(options: readonly Option[], code: string | null | undefined): string {
  if (code == null) return '';
  return options.find((o) => o.code === code)?.label ?? code;
}
