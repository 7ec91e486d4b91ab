import type { DecideMatchInput, MatchDecision, MatchDecisionValue } from '../../../shared/domain/matching/prior-crossing';
import { AppError } from '../../../shared/domain/errors';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { stmt } from '../db/statements';
import { getArrival } from '../records/arrivals';
import type { RequestContext } from '../records/context';
import { createRecord, type RecordKind, type RecordMeta } from '../records/record-store';
import { scorePair } from './score-with-commonness';

/**
 * An officer's decision on one proposed match, stored in match_decisions (migrations/002)
 * through createRecord: audited and synced like any record. Decisions are never edited:
 * a changed mind is a new decision, and the latest one for a pair is the one that stands.
 */
interface MatchDecisionFields {
  subjectId: string;
  candidateId: string;
  decision: MatchDecisionValue;
  note: string;
  /** What the engine said when the officer decided, kept with the decision. */
  score: number;
  reasons: string[];
  officer: string;
}

export const MATCH_DECISION: RecordKind<MatchDecisionFields> = { type: 'match_decision', table: 'match_decisions', noun: 'match decision' };

function view(record: MatchDecisionFields & RecordMeta): MatchDecision {
  const { id, reference, subjectId, candidateId, decision, note, score, reasons, officer, createdAt, version } = record;
  return { id, reference, subjectId, candidateId, decision, note, score, reasons, officer, createdAt, version };
}

export function decideMatch(db: Db, device: Device, ctx: RequestContext, input: DecideMatchInput): MatchDecision {
  if (input.subjectId === input.candidateId) {
    throw AppError.validation([{ path: 'candidateId', message: 'A person cannot be matched with their own record' }]);
  }
  return db
    .transaction(() => {
      const subject = getArrival(db, input.subjectId);
      const candidate = getArrival(db, input.candidateId);
      const { score, reasons } = scorePair(db, subject, candidate);
      const fields: MatchDecisionFields = { ...input, score, reasons, officer: ctx.officer.name };
      return view(createRecord(db, device, ctx, MATCH_DECISION, fields, ctx.site));
    })
    .immediate();
}

/** Every decision on each candidate of a subject, oldest first, wherever it was made: the last one stands. */
export function decisionsByCandidate(db: Db, subjectId: string): Map<string, MatchDecision[]> {
  const rows = stmt(db, 'SELECT data FROM match_decisions WHERE subject_id = ?').all(subjectId) as { data: string }[];
  const decisions = rows.map((r) => view(JSON.parse(r.data) as MatchDecisionFields & RecordMeta));
  decisions.sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const byCandidate = new Map<string, MatchDecision[]>();
  for (const d of decisions) byCandidate.set(d.candidateId, [...(byCandidate.get(d.candidateId) ?? []), d]);
  return byCandidate;
}

/** The decision that stands for each candidate of a subject: the latest recorded. */
export function latestDecisions(db: Db, subjectId: string): Map<string, MatchDecision> {
  return new Map([...decisionsByCandidate(db, subjectId)].map(([candidateId, all]) => [candidateId, all[all.length - 1]!]));
}
