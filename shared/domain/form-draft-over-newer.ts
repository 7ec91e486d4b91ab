import { combineCopies, conflictFields, type ConflictField, type KeepSide } from './conflict-merge';

type Fields = Record<string, unknown>;

export interface DraftOverNewer {
  /** The form to show: the record as saved now, with every field only the officer had changed typed in again. */
  values: Fields;
  /** Fields the officer had typed and someone else has changed since: left as saved now, the officer's value shown beside. */
  clashes: ConflictField[];
}

/**
 * A correction half-typed over an earlier version of a record, laid over the version saved now,
 * as a conflict between devices is settled (conflict-merge.ts): a field only the officer changed
 * keeps what they typed; a field only the other save changed keeps its new value; a field both
 * changed keeps the saved value, and the officer is shown what they had typed. `typedOver` null
 * (a draft kept without the form as it was opened): nobody can tell who changed what, so every
 * difference is shown and nothing typed is laid over the record.
 */
export function layDraftOverNewerRecord(typed: Fields, savedNow: Fields, typedOver: Fields | null): DraftOverNewer {
  const fields = conflictFields(typed, savedNow, typedOver);
  const clashes = fields.filter((field) => field.changedBy === 'both' || field.changedBy === 'unknown');
  const keepSaved: Record<string, KeepSide> = Object.fromEntries(clashes.map((field) => [field.path, 'server']));
  return { values: combineCopies(typed, savedNow, typedOver, keepSaved).combined, clashes };
}
