import type { Arrival } from '../../../shared/domain/arrival';
import {
  SUBJECT_ACCESS_SCHEMA,
  SUBJECT_ACCESS_SCHEMA_VERSION,
  type SubjectAccessExport,
} from '../../../shared/domain/subject-access';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { recordSyncStates } from '../sync/record-states';
import { getArrival } from './arrivals';
import type { RequestContext } from './context';
import { personName } from '../../../shared/domain/person-name';

/*
 * A subject access export: everything this device holds about one person (UK GDPR art. 15),
 * gathered from the records that are theirs — their arrival (with documents), their returns
 * case and its history, safe-route applications that became their arrival, the
 * prior-crossing decisions about them, the audit trail of those records and where each
 * stands with the centre — plus the boat they arrived in, reduced to the boat's own facts.
 *
 * Other people's personal data is left out: the interception's narrative and a decision's
 * note have the names of the other people on the boat (or the other person of a match)
 * replaced; a decision's engine reasons and the other person's id are not included, since
 * they describe the other person too.
 */

type Stored = Record<string, unknown>;

const REDACTED = '[another person]';

/** The boat's own facts: what an interception record holds apart from free text about people. */
const INTERCEPTION_FIELDS = [
  'id', 'reference', 'status', 'site', 'detectedAt', 'interceptedAt', 'latitude', 'longitude', 'zone', 'outcome',
  'interceptedBy', 'interceptingVessel', 'peopleAboard', 'deaths', 'missing', 'injured', 'medicalEvacuations', 'vessel',
  'notes', 'createdBy', 'createdAt', 'updatedAt', 'version',
];

/** Fields of a match decision's audit entries that are this person's side of it. */
const DECISION_AUDITED = new Set(['decision', 'note', 'officer']);

function nameTokens(person: Pick<Arrival, 'familyName' | 'givenNames' | 'aliases'>): string[] {
  return [person.familyName, person.givenNames, ...person.aliases.flatMap((a) => [a.familyName, a.givenNames])]
    .flatMap((name) => (name ?? '').split(/[\s,'’-]+/u))
    .filter((token) => token.length >= 2);
}

/** Replaces every whole-word occurrence of the given names (any case) by "[another person]". */
export function redactNames(text: string, tokens: readonly string[]): string {
  const unique = [...new Set(tokens.map((t) => t.toLowerCase()))].sort((a, b) => b.length - a.length);
  if (unique.length === 0 || !text) return text;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${unique.map((t) => t.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
  return text.replace(pattern, REDACTED);
}

function parseRows(rows: { data: string }[]): Stored[] {
  return rows.map((r) => JSON.parse(r.data) as Stored);
}

function otherPeopleNames(db: Db, ids: readonly string[]): string[] {
  if (ids.length === 0) return [];
  const rows = stmt(db, 'SELECT data FROM arrivals WHERE id IN (SELECT value FROM json_each(?))').all(JSON.stringify(ids)) as { data: string }[];
  return parseRows(rows).flatMap((p) => nameTokens(p as unknown as Arrival));
}

interface AuditRow {
  record_type: string;
  record_id: string;
  action: string;
  officer_name: string;
  at: string;
  changes: string;
}

export function subjectAccessExport(db: Db, device: Device, ctx: RequestContext, arrivalId: string): { filename: string; json: string; document: SubjectAccessExport } {
  const person = getArrival(db, arrivalId);
  const own = new Set(nameTokens(person).map((t) => t.toLowerCase()));

  // The boat: its own facts, the narrative with fellow passengers' names taken out.
  let interception: Stored | null = null;
  if (person.interceptionId) {
    const row = stmt(db, 'SELECT data FROM interceptions WHERE id = ?').get(person.interceptionId) as { data: string } | undefined;
    if (row) {
      const boat = JSON.parse(row.data) as Stored;
      const others = stmt(db, 'SELECT id FROM arrivals WHERE interception_id = ? AND id <> ?').all(person.interceptionId, arrivalId) as { id: string }[];
      // A fellow passenger who shares this person's family name keeps it hidden too: over-redacting is the safe side.
      const names = otherPeopleNames(db, others.map((o) => o.id));
      interception = Object.fromEntries(INTERCEPTION_FIELDS.filter((f) => f in boat).map((f) => [f, boat[f]]));
      if (typeof interception.notes === 'string') interception.notes = redactNames(interception.notes, names);
    }
  }

  const returnsRow = stmt(db, 'SELECT data FROM returns_cases WHERE arrival_id = ?').get(arrivalId) as { data: string } | undefined;
  const returnsCase = returnsRow ? (JSON.parse(returnsRow.data) as Stored) : null;
  const transfers = parseRows(stmt(db, 'SELECT data FROM transfers WHERE arrival_id = ? ORDER BY seq').all(arrivalId) as { data: string }[]);

  // Decisions about this person, as the one checked or as the earlier record found.
  const decisionRows = stmt(
    db,
    `SELECT data, 'subject' AS role FROM match_decisions WHERE subject_id = ?
     UNION ALL SELECT data, 'candidate' AS role FROM match_decisions WHERE candidate_id = ?`,
  ).all(arrivalId, arrivalId) as { data: string; role: 'subject' | 'candidate' }[];
  const decisions = decisionRows.map((row): Stored & { role: 'subject' | 'candidate' } => ({ ...(JSON.parse(row.data) as Stored), role: row.role }));
  const otherIds = decisions.map((d) => String(d.role === 'subject' ? d.candidateId : d.subjectId));
  const otherNames = otherPeopleNames(db, otherIds).filter((t) => !own.has(t.toLowerCase()));
  const matchDecisions = decisions
    .map((d) => ({
      id: String(d.id),
      reference: String(d.reference),
      role: d.role,
      decision: String(d.decision),
      score: typeof d.score === 'number' ? d.score : null,
      officer: String(d.officer ?? d.createdBy ?? ''),
      decidedAt: String(d.createdAt),
      note: redactNames(String(d.note ?? ''), otherNames),
    }))
    .sort((a, b) => a.decidedAt.localeCompare(b.decidedAt));

  const records: { type: string; id: string; reference: string }[] = [
    { type: 'arrival', id: person.id, reference: person.reference },
    ...(returnsCase ? [{ type: 'returns_case', id: String(returnsCase.id), reference: String(returnsCase.reference) }] : []),
    ...transfers.map((t) => ({ type: 'transfer', id: String(t.id), reference: String(t.reference) })),
    ...matchDecisions.map((d) => ({ type: 'match_decision', id: d.id, reference: d.reference })),
  ];
  const references = new Map(records.map((r) => [r.id, r.reference]));

  const auditRows = stmt(
    db,
    `SELECT a.record_type, a.record_id, a.action, a.officer_name, a.at, a.changes
       FROM json_each(?) r JOIN audit_log a ON a.record_type = r.value ->> 0 AND a.record_id = r.value ->> 1
      ORDER BY a.id`,
  ).all(JSON.stringify(records.map((r) => [r.type, r.id]))) as AuditRow[];
  const auditTrail = auditRows.map((row) => {
    let changes = JSON.parse(row.changes) as Record<string, [unknown, unknown]>;
    if (row.record_type === 'match_decision') {
      changes = Object.fromEntries(
        Object.entries(changes)
          .filter(([field]) => DECISION_AUDITED.has(field))
          .map(([field, [from, to]]) => [field, [redactValue(from, otherNames), redactValue(to, otherNames)]]),
      );
    }
    return { recordType: row.record_type, recordId: row.record_id, recordReference: references.get(row.record_id) ?? null, action: row.action, officerName: row.officer_name, at: row.at, changes };
  });

  const tableOf: Record<string, string> = { arrival: 'arrivals', returns_case: 'returns_cases', transfer: 'transfers', match_decision: 'match_decisions' };
  const states = new Map(recordSyncStates(db, records.map((r) => r.id)).map((s) => [s.recordId, s]));
  const syncState = records.map((r) => {
    const serverVersion = (stmt(db, `SELECT server_version FROM ${tableOf[r.type]} WHERE id = ?`).get(r.id) as { server_version: number | null } | undefined)?.server_version ?? null;
    const state = states.get(r.id);
    return { recordType: r.type, recordId: r.id, reference: r.reference, state: state?.state ?? 'not_sent', reason: state?.reason ?? null, serverVersion };
  });

  const generatedAt = ctx.now().toISOString();
  const name = personName(person);
  const document: SubjectAccessExport = {
    schema: SUBJECT_ACCESS_SCHEMA,
    schemaVersion: SUBJECT_ACCESS_SCHEMA_VERSION,
    generatedAt,
    generatedBy: ctx.officer.name,
    deviceCode: device.code,
    subject: { arrivalId: person.id, reference: person.reference, name },
    scope: [
      'Everything this device holds about the person: records made here and records received from the centre. The centre may hold more (records purged from this device, other devices’ records); ask the centre for its own export.',
      'arrival: the person’s record as stored; documents: their identity documents.',
      'interception: the boat they arrived in, the boat’s facts only; names of other people in its notes are replaced by “[another person]”.',
      'returnsCase: their returns-pilot case with every transition; transfers: safe-route applications that became their arrival.',
      'matchDecisions: prior-crossing decisions about them; the other person’s identity and the engine’s reasons (which describe both people) are left out, and the other person’s names in notes are replaced.',
      'auditTrail: who created and changed each of those records, when, field by field (old → new).',
      'syncState: where each record stands with the centre (not_sent, safe, conflict, rejected) and the centre’s version.',
      'Biometric images are never held by this app: only the enrolment reference.',
    ],
    arrival: person as unknown as Stored,
    documents: person.documents as unknown as Stored[],
    interception,
    returnsCase,
    transfers,
    matchDecisions,
    auditTrail,
    syncState,
  };
  const json = `${JSON.stringify(document, null, 2)}\n`;
  return { filename: `subject-access-${person.reference}-${generatedAt.slice(0, 10)}.json`, json, document };
}

function redactValue(value: unknown, names: readonly string[]): unknown {
  return typeof value === 'string' ? redactNames(value, names) : value;
}
