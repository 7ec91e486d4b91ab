import { sameJson } from '../canonical-json';

/*
 * A conflict is two copies of one record, changed here and at the centre since the copy both
 * started from (the base). Field by field, whoever changed a field alone has the value to keep;
 * only a field changed on both sides to different values needs an officer's choice. Without
 * the base (an older centre) nobody can tell who changed what, and every difference is asked.
 *
 * Fields are the record's own, and one level into a group of fields (vulnerability, vessel):
 * a medical note changed here and a disability changed at the centre are two fields, not one
 * clash. A list (documents, aliases) is one field.
 */

/** Who changed a field since the base: only this device, only the centre, both, or not known (no base). */
export type ChangedBy = 'here' | 'centre' | 'both' | 'unknown';

export interface ConflictField {
  /** A field of the record, or `group.field` inside a group of fields. */
  path: string;
  local: unknown;
  server: unknown;
  changedBy: ChangedBy;
}

export type KeepSide = 'local' | 'server';

/** Bookkeeping the save writes afresh: never a difference between the copies. */
const BOOKKEEPING = new Set(['version', 'updatedAt']);

type Fields = Record<string, unknown>;

const isGroup = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);
/** An absent field and an empty one read the same ("—") and are the same here. */
const same = (a: unknown, b: unknown) => sameJson(a ?? null, b ?? null);

function changedBy(local: unknown, server: unknown, base: Fields | null, key: string): ChangedBy {
  if (!base) return 'unknown';
  const here = !same(local, base[key]);
  const centre = !same(server, base[key]);
  return here && centre ? 'both' : here ? 'here' : 'centre';
}

function walk(local: Fields, server: Fields, base: Fields | null, prefix: string, out: ConflictField[]): void {
  for (const key of new Set([...Object.keys(local), ...Object.keys(server)])) {
    if (!prefix && BOOKKEEPING.has(key)) continue;
    const l = local[key];
    const s = server[key];
    if (same(l, s)) continue;
    const path = prefix ? `${prefix}.${key}` : key;
    const b = base?.[key];
    if (!prefix && isGroup(l) && isGroup(s) && (b === undefined || b === null || isGroup(b))) {
      walk(l, s, base ? ((b as Fields | null | undefined) ?? {}) : null, path, out);
      continue;
    }
    out.push({ path, local: l ?? null, server: s ?? null, changedBy: changedBy(l, s, base, key) });
  }
}

/** Where the two copies differ, and who changed each field (`base` null: not known). */
export function conflictFields(local: Fields, server: Fields, base: Fields | null): ConflictField[] {
  const out: ConflictField[] = [];
  walk(local, server, base, '', out);
  return out;
}

/** The side whose value a field keeps: the only side that changed it, else the officer's choice (if made). */
export function sideFor(field: ConflictField, choices: Readonly<Record<string, KeepSide>>): KeepSide | undefined {
  if (field.changedBy === 'here') return 'local';
  if (field.changedBy === 'centre') return 'server';
  return choices[field.path];
}

function valueAt(copy: Fields, path: string): unknown {
  const [group, key] = path.split('.') as [string, string | undefined];
  if (key === undefined) return copy[group];
  const inner = copy[group];
  return isGroup(inner) ? inner[key] : undefined;
}

function setAt(copy: Fields, path: string, value: unknown): void {
  const [group, key] = path.split('.') as [string, string | undefined];
  const target = key === undefined ? copy : ((copy[group] = isGroup(copy[group]) ? { ...copy[group] } : {}) as Fields);
  const name = key ?? group;
  if (value === undefined) delete target[name];
  else target[name] = value;
}

/**
 * The two copies combined: every field as the side that changed it left it, and each field
 * both changed as `choices` says. `unchosen` lists the fields both changed that have no choice
 * yet (nothing is combined until it is empty).
 */
export function combineCopies(
  local: Fields,
  server: Fields,
  base: Fields | null,
  choices: Readonly<Record<string, KeepSide>>,
): { combined: Fields; unchosen: string[]; fromHere: string[]; fromCentre: string[] } {
  const combined: Fields = JSON.parse(JSON.stringify(local)) as Fields;
  const unchosen: string[] = [];
  const fromHere: string[] = [];
  const fromCentre: string[] = [];
  for (const field of conflictFields(local, server, base)) {
    const side = sideFor(field, choices);
    if (!side) unchosen.push(field.path);
    else if (side === 'local') fromHere.push(field.path);
    else {
      fromCentre.push(field.path);
      setAt(combined, field.path, valueAt(server, field.path));
    }
  }
  return { combined, unchosen, fromHere, fromCentre };
}
