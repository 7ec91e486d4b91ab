import { parseBirthDate, type BirthDate } from './date-of-birth';
import type { MatchPerson, Sex } from './match-person';
import { normaliseName, type NameToken } from './normalise-name';
import { preparePlace, type PreparedPlace } from './place-of-birth';
import { phoneticForm, type PhoneticForm } from './transliteration';

/**
 * A person with every comparison input computed once. Blocking and scoring both start
 * here, so the two can never disagree about what a name or a document number is.
 */
export type NamePart = 'family' | 'given' | 'alias';

export interface PreparedToken extends NameToken {
  readonly part: NamePart;
  readonly form: PhoneticForm;
}

export interface PreparedName {
  /** The recorded name, or an alias (whose family / given split is unknown). */
  readonly source: 'name' | 'alias';
  readonly tokens: readonly PreparedToken[];
}

export interface PreparedPerson {
  readonly person: MatchPerson;
  readonly names: readonly PreparedName[];
  readonly birth: BirthDate | null;
  readonly documents: readonly string[];
  readonly biometric: string | null;
  readonly sex: Sex | null;
  readonly nationality: string | null;
  readonly placeOfBirth: PreparedPlace | null;
}

// Names repeat (a million people share a few thousand given and family names), and every
// save and every candidate scored prepares names: each written name is prepared once.
const preparedNames = new Map<string, readonly PreparedToken[]>();
const MAX_PREPARED_NAMES = 50_000;
// Places repeat even more (a few hundred towns): prepared once each, like names.
const preparedPlaces = new Map<string, PreparedPlace | null>();
const MAX_PREPARED_PLACES = 10_000;

function place(raw: string | null | undefined): PreparedPlace | null {
  if (!raw) return null;
  let prepared = preparedPlaces.get(raw);
  if (prepared === undefined) {
    if (preparedPlaces.size >= MAX_PREPARED_PLACES) preparedPlaces.clear();
    prepared = preparePlace(raw);
    preparedPlaces.set(raw, prepared);
  }
  return prepared;
}

function tokens(raw: string | null | undefined, part: NamePart): readonly PreparedToken[] {
  const key = `${part}:${raw ?? ''}`;
  let prepared = preparedNames.get(key);
  if (!prepared) {
    if (preparedNames.size >= MAX_PREPARED_NAMES) preparedNames.clear();
    prepared = normaliseName(raw).map((t) => ({ ...t, part, form: phoneticForm(t.text) }));
    preparedNames.set(key, prepared);
  }
  return prepared;
}

/** Spaces, dashes and "<" filler from machine-readable zones are not part of the number. */
export function normaliseDocumentNumber(raw: string): string {
  return raw.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

// Codes that say "no nationality known" must not count as agreement or disagreement.
const UNINFORMATIVE_NATIONALITIES = new Set(['XXX', 'XXA', 'XXB', 'XXC']);

const cache = new WeakMap<MatchPerson, PreparedPerson>();

export function preparePerson(person: MatchPerson): PreparedPerson {
  const cached = cache.get(person);
  if (cached) return cached;
  const primary = [...tokens(person.familyName, 'family'), ...tokens(person.givenNames, 'given')];
  const names: PreparedName[] = [{ source: 'name', tokens: primary }];
  for (const alias of person.aliases ?? []) {
    const t = tokens(alias, 'alias');
    if (t.length > 0) names.push({ source: 'alias', tokens: t });
  }
  const nationality = person.nationality?.toUpperCase() ?? null;
  const prepared: PreparedPerson = {
    person,
    names,
    birth: parseBirthDate(person.dateOfBirth, person.dobPrecision),
    // Very short numbers are more often "1" or "N/A" typed into the field than documents.
    documents: [...new Set((person.documentNumbers ?? []).map(normaliseDocumentNumber))].filter((d) => d.length >= 5),
    biometric: person.biometricReference?.trim().toUpperCase() || null,
    sex: person.sex === 'M' || person.sex === 'F' ? person.sex : null,
    nationality: nationality && !UNINFORMATIVE_NATIONALITIES.has(nationality) ? nationality : null,
    placeOfBirth: place(person.placeOfBirth),
  };
  cache.set(person, prepared);
  return prepared;
}
