import { useMemo } from 'react';
import { useParams } from 'react-router-dom';
import type { ArrivalSummary } from '../../../../shared/domain/arrival-query';
import { labelOf } from '../../../../shared/domain/reference/options';
import { INTERCEPTING_AGENCIES, OUTCOMES, SEIZURE_DISPOSALS, VESSEL_TYPES, ZONES } from '../../../../shared/domain/reference/interception-codes';
import { SITES } from '../../../../shared/domain/reference/sites';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { AuditHighlights } from './AuditHighlights';
import { careSummary } from './care-summary';
import { IncidentPeopleTable, NeedsCareTable } from './IncidentPeopleTable';
import { listPeople } from './listed-people';
import { KeyValues, PrintSection } from './PrintBlocks';
import { PrintPage } from './PrintPage';
import { usePrintData } from './use-print-data';

/** Everyone aboard, however many: pages of the list until the boat is complete. */
async function allPeopleAboard(interceptionId: string): Promise<ArrivalSummary[]> {
  const people: ArrivalSummary[] = [];
  for (;;) {
    const page = await call('arrivals.list', { filter: { interceptionId }, sort: 'familyName', direction: 'asc', offset: people.length, limit: 500 });
    people.push(...page.items);
    if (page.items.length < 500) return people;
  }
}

/**
 * One interception and its people: for files and hand-overs. Who needs care and who travels
 * together come first, for the officer taking over; long tables repeat their header on each page.
 */
export function IncidentReportPrint() {
  const { id = '' } = useParams();
  const { data, error } = usePrintData(async () => {
    const [boat, people, audit] = await Promise.all([call('interceptions.get', { id }), allPeopleAboard(id), call('audit.forRecord', { recordId: id })]);
    return { boat, people, audit };
  }, [id]);
  const b = data?.boat;
  const listed = useMemo(() => listPeople(data?.people ?? []), [data]);
  return (
    <PrintPage pdf={{ document: 'incidentReport', id }} title="Incident report" reference={b?.reference} subtitle={b ? `${labelOf(SITES, b.site)} · detected ${formatUkDateTime(b.detectedAt)} UK time` : ''} loading={!data && !error} error={error}>
      {b && data && (
        <>
          <PrintSection title="Care and families" long>
            <p className="print-summary">{careSummary(data.people)}</p>
            <NeedsCareTable listed={listed} />
          </PrintSection>
          <PrintSection title="Incident">
            <KeyValues
              rows={[
                ['Detected', formatUkDateTime(b.detectedAt)],
                ['Intercepted / landed', formatUkDateTime(b.interceptedAt)],
                ['Position', b.latitude === null || b.longitude === null ? '' : `${b.latitude.toFixed(5)}, ${b.longitude.toFixed(5)} (WGS84)`],
                ['Zone', labelOf(ZONES, b.zone)],
                ['Outcome', labelOf(OUTCOMES, b.outcome)],
                ['Intercepted by', `${labelOf(INTERCEPTING_AGENCIES, b.interceptedBy)}${b.interceptingVessel ? ` — ${b.interceptingVessel}` : ''}`],
                ['People aboard (counted)', String(b.peopleAboard ?? '')],
                ['People recorded', String(data.people.length)],
                ['Deaths', String(b.deaths)],
                ['Missing', String(b.missing)],
                ['Injured', String(b.injured)],
                ['Medical evacuations', String(b.medicalEvacuations)],
              ]}
            />
          </PrintSection>
          <PrintSection title="Vessel and seizure">
            <KeyValues
              rows={[
                ['Type', labelOf(VESSEL_TYPES, b.vessel.type)],
                ['Length', b.vessel.lengthMetres === null ? '' : `${b.vessel.lengthMetres} m`],
                ['Colour', b.vessel.colour],
                ['Condition', b.vessel.condition],
                ['Pumps', b.vessel.pumps],
                ['Fuel', b.vessel.fuel],
                ['Engines', b.vessel.engines.map((e) => [e.make, e.horsepower ? `${e.horsepower} hp` : '', e.serialNumber && `serial ${e.serialNumber}`].filter(Boolean).join(' ')).join('; ')],
                ['Seized', b.vessel.seized ? `Yes — ${b.vessel.seizureReference}` : 'No'],
                ['Disposal', labelOf(SEIZURE_DISPOSALS, b.vessel.disposal)],
              ]}
            />
          </PrintSection>
          {b.notes && (
            <PrintSection title="Narrative">
              <p>{b.notes}</p>
            </PrintSection>
          )}
          <PrintSection title={`People recorded (${data.people.length})`} long>
            <IncidentPeopleTable listed={listed} />
          </PrintSection>
          <AuditHighlights entries={data.audit} />
        </>
      )}
    </PrintPage>
  );
}
