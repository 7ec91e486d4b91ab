import type { Interception } from '../../../../shared/domain/interception';
import type { RecordStatus } from '../../../../shared/domain/record-status';
import type { Vessel } from '../../../../shared/domain/vessel';
import { ukLocalToUtcIso, utcIsoToUkLocalTime } from '../../../../shared/domain/time';

/** What the form holds: everything as typed, times in UK local time. */
export interface EngineFormValues {
  make: string;
  horsepower: string;
  serialNumber: string;
}

export interface VesselFormValues {
  type: string;
  lengthMetres: string;
  colour: string;
  engines: EngineFormValues[];
  pumps: string;
  fuel: string;
  condition: string;
  seized: boolean;
  seizureReference: string;
  disposal: string;
}

export interface InterceptionFormValues {
  /** Set by the button pressed: "Save" finalises, "Save as draft" keeps it open. */
  status: RecordStatus;
  site: string;
  detectedAt: string;
  interceptedAt: string;
  latitude: string;
  longitude: string;
  zone: string;
  outcome: string;
  interceptedBy: string;
  interceptingVessel: string;
  peopleAboard: string;
  deaths: string;
  missing: string;
  injured: string;
  medicalEvacuations: string;
  vessel: VesselFormValues;
  notes: string;
}

export const emptyEngine = (): EngineFormValues => ({ make: '', horsepower: '', serialNumber: '' });

export function emptyInterceptionForm(site: string): InterceptionFormValues {
  return {
    status: 'FINAL',
    site,
    detectedAt: '',
    interceptedAt: '',
    latitude: '',
    longitude: '',
    zone: '',
    outcome: '',
    interceptedBy: '',
    interceptingVessel: '',
    peopleAboard: '',
    // Casualty counts start at 0 so what will be stored is what the officer sees.
    deaths: '0',
    missing: '0',
    injured: '0',
    medicalEvacuations: '0',
    vessel: {
      type: '',
      lengthMetres: '',
      colour: '',
      engines: [],
      pumps: '',
      fuel: '',
      condition: '',
      seized: false,
      seizureReference: '',
      disposal: '',
    },
    notes: '',
  };
}

const shown = (n: number | null): string => (n === null ? '' : String(n));
const shownTime = (iso: string | null): string => (iso ? utcIsoToUkLocalTime(iso) : '');

function vesselFormValues(v: Vessel): VesselFormValues {
  return {
    type: v.type ?? '',
    lengthMetres: shown(v.lengthMetres),
    colour: v.colour,
    engines: v.engines.map((e) => ({ make: e.make, horsepower: shown(e.horsepower), serialNumber: e.serialNumber })),
    pumps: v.pumps,
    fuel: v.fuel,
    condition: v.condition,
    seized: v.seized,
    seizureReference: v.seizureReference,
    disposal: v.disposal ?? '',
  };
}

/** A saved record as the form shows it, for a correction. */
export function interceptionFormValues(r: Interception): InterceptionFormValues {
  return {
    status: r.status,
    site: r.site ?? '',
    detectedAt: shownTime(r.detectedAt),
    interceptedAt: shownTime(r.interceptedAt),
    latitude: shown(r.latitude),
    longitude: shown(r.longitude),
    zone: r.zone ?? '',
    outcome: r.outcome ?? '',
    interceptedBy: r.interceptedBy ?? '',
    interceptingVessel: r.interceptingVessel,
    peopleAboard: shown(r.peopleAboard),
    deaths: String(r.deaths),
    missing: String(r.missing),
    injured: String(r.injured),
    medicalEvacuations: String(r.medicalEvacuations),
    vessel: vesselFormValues(r.vessel),
    notes: r.notes,
  };
}

/** A blank stays undefined so the schema says "enter …"; text that is not a number becomes NaN and is refused. */
/** A number as typed; a decimal comma (51,1237, as some keyboards give it) is read as a point. */
function toNumber(text: string): number | undefined {
  const trimmed = text.trim();
  return trimmed === '' ? undefined : Number(/^-?\d+,\d+$/.test(trimmed) ? trimmed.replace(',', '.') : trimmed);
}

/** Optional numbers: blank means "not known" (null), not "missing". */
const toNullableNumber = (text: string): number | null => toNumber(text) ?? null;

function toInstant(text: string): string | undefined {
  if (text.trim() === '') return undefined;
  return ukLocalToUtcIso(text) ?? text;
}

function toVesselInput(v: VesselFormValues): unknown {
  return {
    type: v.type || null,
    lengthMetres: toNullableNumber(v.lengthMetres),
    colour: v.colour,
    engines: v.engines.map((e) => ({ make: e.make, horsepower: toNullableNumber(e.horsepower), serialNumber: e.serialNumber })),
    pumps: v.pumps,
    fuel: v.fuel,
    condition: v.condition,
    seized: v.seized,
    seizureReference: v.seizureReference,
    disposal: v.disposal || null,
  };
}

export function toInterceptionInput(v: InterceptionFormValues): unknown {
  return {
    status: v.status,
    site: v.site || undefined,
    detectedAt: toInstant(v.detectedAt),
    interceptedAt: toInstant(v.interceptedAt) ?? null,
    latitude: toNumber(v.latitude),
    longitude: toNumber(v.longitude),
    zone: v.zone || undefined,
    outcome: v.outcome || undefined,
    interceptedBy: v.interceptedBy || null,
    interceptingVessel: v.interceptingVessel,
    peopleAboard: toNumber(v.peopleAboard),
    deaths: toNumber(v.deaths),
    missing: toNumber(v.missing),
    injured: toNumber(v.injured),
    medicalEvacuations: toNumber(v.medicalEvacuations),
    vessel: toVesselInput(v.vessel),
    notes: v.notes,
  };
}
