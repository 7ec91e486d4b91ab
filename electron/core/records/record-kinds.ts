import { ARRIVAL } from './arrivals';
import { INTERCEPTION } from './interceptions';
import type { RecordKind } from './record-store';
import { RETURNS_CASE } from '../returns/returns-case-kind';
import { TRANSFER } from '../returns/transfers';
import { MATCH_DECISION } from '../matching/match-decisions';

/**
 * Every kind of record that syncs, by its wire name. A kind added here is pushed, pulled
 * and covered by receipts without any change to the sync code.
 */
const KINDS = new Map<string, RecordKind<object>>([
  [INTERCEPTION.type, INTERCEPTION as RecordKind<object>],
  [ARRIVAL.type, ARRIVAL as RecordKind<object>],
  [RETURNS_CASE.type, RETURNS_CASE as RecordKind<object>],
  [TRANSFER.type, TRANSFER as RecordKind<object>],
  [MATCH_DECISION.type, MATCH_DECISION as RecordKind<object>],
]);

export function registerRecordKind(kind: RecordKind<object>): void {
  KINDS.set(kind.type, kind);
}

export function recordKindOf(type: string): RecordKind<object> | undefined {
  return KINDS.get(type);
}

export function allRecordKinds(): RecordKind<object>[] {
  return [...KINDS.values()];
}
