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

export const INTERCEPTING_AGENCIES = [
  { code: 'BORDER_FORCE', label: 'Border Force cutter / coastal patrol vessel' },
  { code: 'RNLI', label: 'RNLI' },
  { code: 'HM_COASTGUARD', label: 'HM Coastguard' },
  { code: 'FR_GENDARMERIE', label: 'French Gendarmerie maritime' },
  { code: 'FR_PREMAR', label: 'French Préfecture maritime' },
  { code: 'OTHER', label: 'Other' },
] as const satisfies readonly Option[];

export const VESSEL_TYPES = [
  { code: 'INFLATABLE_DINGHY', label: 'Inflatable dinghy' },
  { code: 'RHIB', label: 'Rigid-hull inflatable (RHIB)' },
  { code: 'KAYAK', label: 'Kayak' },
  { code: 'OTHER', label: 'Other' },
] as const satisfies readonly Option[];

export const SEIZURE_DISPOSALS = [
  { code: 'HELD_AS_EVIDENCE', label: 'Held as evidence' },
  { code: 'DESTROYED', label: 'Destroyed' },
  { code: 'RETURNED', label: 'Returned' },
  { code: 'OTHER', label: 'Other' },
] as const satisfies readonly Option[];
