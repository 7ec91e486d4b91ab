import type { Interception } from '../../../../../shared/domain/interception';
import { labelOf } from '../../../../../shared/domain/reference/options';
import { INTERCEPTING_AGENCIES, OUTCOMES, SEIZURE_DISPOSALS, VESSEL_TYPES, ZONES } from '../../../../../shared/domain/reference/interception-codes';
import { SITES } from '../../../../../shared/domain/reference/sites';
import { formatUkDateTime } from '../../../../../shared/domain/time';
import type { DetailRow } from '../../../ui/DetailSection';

/** The facts of one interception, grouped as the form groups them. Blank values show as "—". */
const count = (n: number | null): string => (n === null ? '' : String(n));
const coordinate = (n: number | null): string => (n === null ? '' : n.toFixed(5));

export function incidentRows(r: Interception): DetailRow[] {
  return [
    ['Site', labelOf(SITES, r.site)],
    ['Detected', formatUkDateTime(r.detectedAt)],
    ['Intercepted or landed', formatUkDateTime(r.interceptedAt)],
    ['Intercepted by', labelOf(INTERCEPTING_AGENCIES, r.interceptedBy)],
    ['Intercepting vessel', r.interceptingVessel],
    ['Outcome', labelOf(OUTCOMES, r.outcome)],
  ];
}

export function positionRows(r: Interception): DetailRow[] {
  return [
    ['Latitude', coordinate(r.latitude)],
    ['Longitude', coordinate(r.longitude)],
    ['Zone', labelOf(ZONES, r.zone)],
  ];
}

export function casualtyRows(r: Interception): DetailRow[] {
  return [
    ['People aboard', count(r.peopleAboard)],
    ['Deaths', count(r.deaths)],
    ['Missing', count(r.missing)],
    ['Injured', count(r.injured)],
    ['Medical evacuations', count(r.medicalEvacuations)],
  ];
}

export function vesselRows(r: Interception): DetailRow[] {
  const v = r.vessel;
  return [
    ['Type', labelOf(VESSEL_TYPES, v.type)],
    ['Length', v.lengthMetres === null ? '' : `${v.lengthMetres} m`],
    ['Colour', v.colour],
    ['Pumps', v.pumps],
    ['Fuel', v.fuel],
    ['Condition', v.condition],
  ];
}

export function seizureRows(r: Interception): DetailRow[] {
  const v = r.vessel;
  return [
    ['Vessel seized', v.seized ? 'Yes' : 'No'],
    ['Seizure reference', v.seizureReference],
    ['Disposal', labelOf(SEIZURE_DISPOSALS, v.disposal)],
  ];
}

export function recordRows(r: Interception): DetailRow[] {
  return [
    ['Recorded by', r.createdBy],
    ['Recorded at', formatUkDateTime(r.createdAt)],
    ['Last saved', formatUkDateTime(r.updatedAt)],
  ];
}
