import { useParams } from 'react-router-dom';
import { auditValue, fieldLabel } from '../../../../shared/domain/field-labels';
import type { SubjectAccessExport } from '../../../../shared/domain/subject-access';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { DocumentsTable } from './DocumentsTable';
import { KeyValues, PrintSection } from './PrintBlocks';
import { PrintPage } from './PrintPage';
import { usePrintData } from './use-print-data';
import './subject-access-print.css';

type Stored = Record<string, unknown>;

/** Bookkeeping shown once in the record's own section, not as a field of the person. */
const META = new Set(['id', 'reference', 'createdBy', 'createdAt', 'updatedAt', 'version', 'documents', 'history']);
const INSTANT = /^\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?Z$/;

const isGroup = (value: unknown): value is Stored => typeof value === 'object' && value !== null && !Array.isArray(value);

/** A stored value as an officer reads it (as in every history), its times marked as UK time. */
function show(value: unknown, path?: string): string {
  return typeof value === 'string' && INSTANT.test(value) ? `${formatUkDateTime(value)} UK` : auditValue(value, path);
}

/** Every field of a stored record, as label and value: the report leaves nothing out. Groups (vulnerability, vessel) are opened one level. */
function fieldRows(record: Stored, skip: ReadonlySet<string> = META): [string, string][] {
  return Object.entries(record)
    .filter(([field]) => !skip.has(field))
    .flatMap(([field, value]): [string, string][] =>
      isGroup(value) && Object.keys(value).length > 0 ? Object.entries(value).map(([inner, v]) => [`${fieldLabel(field)}: ${fieldLabel(inner).toLowerCase()}`, show(v, `${field}.${inner}`)]) : [[fieldLabel(field), show(value, field)]],
    );
}

function recordRows(record: Stored): [string, string][] {
  return [
    ['Reference', show(record.reference)],
    ['Record id', show(record.id)],
    ['Created', `${show(record.createdAt)} by ${show(record.createdBy)}`],
    ['Last changed', show(record.updatedAt)],
  ];
}

interface HistoryEntry {
  at: string;
  actor: string;
  from: string;
  to: string;
  reason: string | null;
  event?: { type?: string };
}

function HistoryTable({ entries }: { entries: HistoryEntry[] }) {
  if (entries.length === 0) return <p className="print-empty">No transitions yet.</p>;
  return (
    <table className="print-table">
      <thead>
        <tr><th>When (UK)</th><th>Who</th><th>Event</th><th>From → to</th><th>Why</th></tr>
      </thead>
      <tbody>
        {entries.map((e, i) => (
          <tr key={i}><td>{formatUkDateTime(e.at)}</td><td>{e.actor}</td><td>{e.event?.type ?? '—'}</td><td>{`${e.from} → ${e.to}`}</td><td>{e.reason ?? '—'}</td></tr>
        ))}
      </tbody>
    </table>
  );
}

/**
 * The subject access report: the same document as the JSON export, printable, so a person
 * can be given on paper everything this device holds about them.
 */
export function SubjectAccessPrint() {
  const { id = '' } = useParams();
  const { data, error } = usePrintData(async () => (await call('people.subjectAccessExport', { arrivalId: id })).document, [id]);
  const d: SubjectAccessExport | null = data;
  return (
    <PrintPage
      pdf={{ document: 'subjectAccess', id }}
      title="Subject access report"
      reference={d?.subject.reference}
      subtitle={d ? `${d.subject.name || 'Name not recorded'}: everything this device holds about this person` : ''}
      loading={!data && !error}
      error={error}
    >
      {d && (
        <div className="sar">
          <PrintSection title="About this report">
            <p className="print-meta">
              Made {formatUkDateTime(d.generatedAt)} UK time by {d.generatedBy} on device {d.deviceCode}. The same content is available as JSON ({d.schema}, version {d.schemaVersion}).
            </p>
            <ul className="sar-scope">
              {d.scope.map((line) => (
                <li key={line}>{line}</li>
              ))}
            </ul>
          </PrintSection>
          <PrintSection title="Arrival record" long>
            <KeyValues rows={[...recordRows(d.arrival), ...fieldRows(d.arrival)]} />
          </PrintSection>
          <PrintSection title="Identity documents">
            <DocumentsTable documents={d.documents} />
          </PrintSection>
          <PrintSection title="The boat (interception): the boat's facts only">
            {d.interception ? <KeyValues rows={[...recordRows(d.interception), ...fieldRows(d.interception)]} /> : <p className="print-empty">Not linked to an interception on this device.</p>}
          </PrintSection>
          <PrintSection title="Returns case" long>
            {d.returnsCase ? (
              <>
                <KeyValues rows={[...recordRows(d.returnsCase), ...fieldRows(d.returnsCase)]} />
                <HistoryTable entries={(d.returnsCase.history ?? []) as HistoryEntry[]} />
              </>
            ) : (
              <p className="print-empty">No returns case on this device.</p>
            )}
          </PrintSection>
          <PrintSection title="Safe-route applications" long>
            {d.transfers.length === 0 ? (
              <p className="print-empty">None on this device.</p>
            ) : (
              d.transfers.map((transfer, i) => (
                <div key={i}>
                  <KeyValues rows={[...recordRows(transfer), ...fieldRows(transfer)]} />
                  <HistoryTable entries={(transfer.history ?? []) as HistoryEntry[]} />
                </div>
              ))
            )}
          </PrintSection>
          <PrintSection title="Prior-crossing decisions about this person" long>
            {d.matchDecisions.length === 0 ? (
              <p className="print-empty">None on this device.</p>
            ) : (
              <table className="print-table">
                <thead>
                  <tr><th>When (UK)</th><th>Reference</th><th>This person was</th><th>Decision</th><th>Officer</th><th>Note</th></tr>
                </thead>
                <tbody>
                  {d.matchDecisions.map((m) => (
                    <tr key={m.id}><td>{formatUkDateTime(m.decidedAt)}</td><td className="mono">{m.reference}</td><td>{m.role === 'subject' ? 'the person checked' : 'the earlier record found'}</td><td>{m.decision}</td><td>{m.officer}</td><td>{m.note}</td></tr>
                  ))}
                </tbody>
              </table>
            )}
          </PrintSection>
          <PrintSection title="Audit trail: who recorded and changed what, when" long>
            <table className="print-table">
              <thead>
                <tr><th>When (UK)</th><th>Officer</th><th>Record</th><th>What</th></tr>
              </thead>
              <tbody>
                {d.auditTrail.map((e, i) => (
                  <tr key={i}>
                    <td>{formatUkDateTime(e.at)}</td>
                    <td>{e.officerName}</td>
                    <td className="mono">{e.recordReference ?? e.recordType}</td>
                    <td>
                      {e.action === 'create' ? (
                        `Created the ${e.recordType.replace('_', ' ')} record`
                      ) : (
                        <ul className="sar-changes">
                          {Object.entries(e.changes).map(([field, [from, to]]) => (
                            <li key={field}>{`${fieldLabel(field)}: ${show(from, field)} → ${show(to, field)}`}</li>
                          ))}
                        </ul>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </PrintSection>
          <PrintSection title="Where each record stands with the centre">
            <table className="print-table">
              <thead>
                <tr><th>Record</th><th>Kind</th><th>State</th><th>Centre's version</th><th>Reason</th></tr>
              </thead>
              <tbody>
                {d.syncState.map((s) => (
                  <tr key={s.recordId}><td className="mono">{s.reference}</td><td>{s.recordType}</td><td>{s.state}</td><td>{s.serverVersion ?? '—'}</td><td>{s.reason ?? '—'}</td></tr>
                ))}
              </tbody>
            </table>
          </PrintSection>
        </div>
      )}
    </PrintPage>
  );
}
