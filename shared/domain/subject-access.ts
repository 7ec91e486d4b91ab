import { z } from 'zod';
import { Uuid } from './fields';

/*
 * A subject access export: everything this device holds about one person, as one JSON
 * document. The shape is versioned (`schemaVersion`) and described field by field below,
 * so a data-protection officer can read it without the app. Record documents appear as
 * the app stores and syncs them (see shared/domain/arrival.ts and friends).
 */

export const SUBJECT_ACCESS_SCHEMA = 'field-recorder/subject-access';
export const SUBJECT_ACCESS_SCHEMA_VERSION = 1;

export const SubjectAccessRequest = z.strictObject({ arrivalId: Uuid });

const StoredRecord = z.record(z.string(), z.unknown());

export const SubjectAccessAuditEntry = z.object({
  recordType: z.string(),
  recordId: z.string(),
  recordReference: z.string().nullable(),
  action: z.string(),
  officerName: z.string(),
  at: z.string(),
  /** Field → [old value, new value]. */
  changes: z.record(z.string(), z.tuple([z.unknown(), z.unknown()])),
});

export const SubjectAccessMatchDecision = z.object({
  id: z.string(),
  reference: z.string(),
  /** Whether this person was the one checked (subject) or the earlier record found (candidate). */
  role: z.enum(['subject', 'candidate']),
  decision: z.string(),
  score: z.number().nullable(),
  officer: z.string(),
  decidedAt: z.string(),
  /** The officer's note, with the other person's names replaced by "[another person]". */
  note: z.string(),
});

export const SubjectAccessSyncState = z.object({
  recordType: z.string(),
  recordId: z.string(),
  reference: z.string(),
  /** not_sent, safe (held by the centre), conflict or rejected. */
  state: z.string(),
  reason: z.string().nullable(),
  /** The centre's version of the record, null if the centre has not acknowledged it yet. */
  serverVersion: z.number().int().nullable(),
});

export const SubjectAccessExport = z.object({
  schema: z.literal(SUBJECT_ACCESS_SCHEMA),
  schemaVersion: z.literal(SUBJECT_ACCESS_SCHEMA_VERSION),
  generatedAt: z.string(),
  generatedBy: z.string(),
  deviceCode: z.string(),
  subject: z.object({ arrivalId: z.string(), reference: z.string(), name: z.string() }),
  /** What is in this export and what was left out, in sentences. */
  scope: z.array(z.string()),
  /** The person's arrival record as stored (identity, documents, vulnerability, notes, …). */
  arrival: StoredRecord,
  /** The person's identity documents (also inside `arrival`), listed on their own. */
  documents: z.array(StoredRecord),
  /** The boat incident the person arrived in: the boat's own facts only, no other person's data. */
  interception: StoredRecord.nullable(),
  /** The person's returns-pilot case with every transition (who, when, why). */
  returnsCase: StoredRecord.nullable(),
  /** Safe-route applications that became this person's arrival. */
  transfers: z.array(StoredRecord),
  /** Prior-crossing decisions about this person: this person's side and the decision only. */
  matchDecisions: z.array(SubjectAccessMatchDecision),
  /** Who created and changed each of the records above, when, field by field, oldest first. */
  auditTrail: z.array(SubjectAccessAuditEntry),
  /** Where each record stands with the centre. */
  syncState: z.array(SubjectAccessSyncState),
});
export type SubjectAccessExport = z.output<typeof SubjectAccessExport>;

export const SubjectAccessFile = z.object({ filename: z.string(), json: z.string(), document: SubjectAccessExport });
