import type { Option } from './options';

export const ZONES = [
  { code: 'UK_TERRITORIAL', label: 'UK territorial waters' },
  { code: 'UK_EEZ_INTERNATIONAL', label: 'UK EEZ / international waters' },
  { code: 'FR_TERRITORIAL', label: 'French territorial waters' },
  { code: 'FR_SHALLOW', label: 'French shallow waters (within ~300 m of the coast)' },
  { code: 'BEACH_LANDING', label: 'Beach landing (uncontrolled)' },
] as const satisfies readonly Option[];

export const OUTCOMES = [
  { code: 'LANDED_UK_PORT', label: 'Landed at a UK port' },
  { code: 'UNCONTROLLED_BEACH_LANDING', label: 'Uncontrolled beach landing' },
  { code: 'RETURNED_TO_FRANCE', label: 'Returned to the French shore by French authorities' },
  { code: 'SAR_LANDING', label: 'Search-and-rescue landing' },
  { code: 'VESSEL_SANK', label: 'Vessel sank' },
] as const satisfies readonly Option[];

export type ZoneCode = (typeof ZONES)[number]['code'];
export type OutcomeCode = (typeof OUTCOMES)[number]['code'];
