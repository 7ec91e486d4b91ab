import { useParams } from 'react-router-dom';
import { labelOf } from '../../../../shared/domain/reference/options';
import { AGE_STATUSES, ARRIVAL_ROUTES, BIOMETRIC_MATCHES, MEDICAL_TRIAGE, SEXES } from '../../../../shared/domain/reference/arrival-codes';
import { nationalityName } from '../../../../shared/domain/reference/countries';
import { SITES } from '../../../../shared/domain/reference/sites';
import { formatCalendarDate, formatDateOfBirth, formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { AuditHighlights } from './AuditHighlights';
import { DocumentsTable } from './DocumentsTable';
import { PriorCrossingSection } from './PriorCrossingSection';
import { ReturnsCaseSection } from './ReturnsCaseSection';
import { SafeRouteSection } from './SafeRouteSection';
import { KeyValues, PrintSection } from './PrintBlocks';
import { PrintPage } from './PrintPage';
import { usePrintData } from './use-print-data';

const yesNo = (v: boolean) => (v ? 'Yes' : 'No');

/** One person's case summary, for files, escorts and French liaison. Never prints biometric images. */
export function CaseSummaryPrint() {
  const { id = '' } = useParams();
  const { data, error } = usePrintData(async () => {
    const person = await call('arrivals.get', { id });
    const [boat, audit, returns, crossings] = await Promise.all([
      person.interceptionId ? call('interceptions.get', { id: person.interceptionId }) : Promise.resolve(null),
      call('audit.forRecord', { recordId: id }),
      call('returns.get', { arrivalId: id }),
      call('matching.priorCrossings', { arrivalId: id }),
    ]);
    const transfer = person.route === 'SAFE_ROUTE' ? await call('transfers.forArrival', { arrivalId: id }) : null;
    return { person, boat, audit, returns, transfer, crossings };
  }, [id]);
  const p = data?.person;
  const name = p ? `${p.familyName.toUpperCase()}, ${p.givenNames}` : '';
  return (
    <PrintPage pdf={{ document: 'caseSummary', id }} title="Case summary" reference={p?.reference} subtitle={name} loading={!data && !error} error={error}>
      {p && (
        <>
          <PrintSection title="Identity (as claimed)">
            <KeyValues
              rows={[
                ['Family name', p.familyName],
                ['Given names', p.givenNames],
                ['Date of birth', formatDateOfBirth(p.dateOfBirth, p.dateOfBirthPrecision) ?? ''],
                ['Sex', labelOf(SEXES, p.sex)],
                ['Nationality', nationalityName(p.nationality)],
                ['Place of birth', p.placeOfBirth],
                ['Aliases', p.aliases.map((a) => `${a.familyName}, ${a.givenNames}`).join('; ')],
                ['Languages', `${p.languages.join(', ')}${p.interpreterNeeded ? ' (interpreter needed)' : ''}`],
                ['Age status', labelOf(AGE_STATUSES, p.ageStatus)],
                ['Unaccompanied', yesNo(p.unaccompanied)],
                ['Family group', p.familyGroupId ?? ''],
                ['Record status', p.status === 'FINAL' ? 'Finalised' : 'Draft'],
              ]}
            />
          </PrintSection>
          <PrintSection title="Arrival">
            <KeyValues
              rows={[
                ['Route', labelOf(ARRIVAL_ROUTES, p.route)],
                ['Arrived', formatUkDateTime(p.arrivedAt)],
                ['Site', labelOf(SITES, p.site)],
                ['Interception', data.boat?.reference ?? ''],
                ['Asylum claimed', formatCalendarDate(p.asylumClaimedAt)],
                ['Screened', p.screenedAt ? `${formatCalendarDate(p.screenedAt)}${p.screeningOfficer ? ` by ${p.screeningOfficer}` : ''}` : ''],
              ]}
            />
          </PrintSection>
          <PrintSection title="Documents">
            <DocumentsTable documents={p.documents} />
          </PrintSection>
          <PrintSection title="Biometrics and vulnerability">
            <KeyValues
              rows={[
                ['Biometrics enrolled', yesNo(p.biometricsEnrolled)],
                ['Enrolment reference', p.biometricReference],
                ['Match result', labelOf(BIOMETRIC_MATCHES, p.biometricMatch)],
                ['Medical triage', p.vulnerability.medical.map((m) => labelOf(MEDICAL_TRIAGE, m)).join(', ') || 'None recorded'],
                ['Medical notes', p.vulnerability.medicalNotes],
                ['Disability', p.vulnerability.disability ? `Yes. ${p.vulnerability.disabilityNotes}` : 'No'],
                ['Trafficking indicators', yesNo(p.vulnerability.traffickingIndicators)],
                ['NRM referral', formatCalendarDate(p.vulnerability.nrmReferredAt)],
                ['Reasonable grounds', formatCalendarDate(p.vulnerability.reasonableGroundsAt)],
                ['Conclusive grounds', formatCalendarDate(p.vulnerability.conclusiveGroundsAt)],
              ]}
            />
          </PrintSection>
          {p.notes && (
            <PrintSection title="Notes">
              <p>{p.notes}</p>
            </PrintSection>
          )}
          <SafeRouteSection view={data.transfer} />
          <ReturnsCaseSection view={data.returns} />
          <PriorCrossingSection checks={data.crossings} />
          <AuditHighlights entries={data.audit} />
        </>
      )}
    </PrintPage>
  );
}
