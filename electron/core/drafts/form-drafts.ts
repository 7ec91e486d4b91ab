import { correctionOf, FORM_DRAFT_DAYS, type FormDraft, type FormDraftKey } from '../../../shared/domain/form-drafts';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const KEEP_MS = FORM_DRAFT_DAYS * 86_400_000;

interface DraftRow {
  form_key: FormDraftKey;
  values_json: string;
  base_json: string | null;
  saved_at: string;
}

/**
 * The officer's unsaved draft of a form, or null; one older than a week is not brought back.
 * For a correction with no draft of its own version, the newest draft typed over an earlier
 * version of the record: the record changed (a sync, another officer) while it was half-typed,
 * and what was typed is offered again rather than left unseen until it expires.
 */
export function getFormDraft(db: Db, officerId: string, key: FormDraftKey, now: Date): FormDraft | null {
  const notBefore = new Date(now.getTime() - KEEP_MS).toISOString();
  const read = (form: FormDraftKey) => stmt(db, 'SELECT form_key, values_json, base_json, saved_at FROM form_drafts WHERE officer_id = ? AND form_key = ?').get(officerId, form) as DraftRow | undefined;
  const exact = read(key);
  if (exact) return exact.saved_at < notBefore ? null : draftOf(exact);
  const correction = correctionOf(key);
  const earlier = correction ? earlierCorrectionKeys(db, officerId, correction, notBefore)[0] : undefined;
  const row = earlier ? read(earlier) : undefined;
  return row ? draftOf(row) : null;
}

/** The keys of drafts of the same record's earlier versions kept since `notBefore`, newest first. */
function earlierCorrectionKeys(db: Db, officerId: string, correction: { record: string; version: number }, notBefore = ''): FormDraftKey[] {
  const rows = stmt(db, 'SELECT form_key FROM form_drafts WHERE officer_id = ? AND form_key > ? AND form_key < ? AND saved_at >= ? ORDER BY saved_at DESC').all(officerId, `${correction.record}:`, `${correction.record}:~`, notBefore) as { form_key: FormDraftKey }[];
  return rows.map((row) => row.form_key).filter((form) => (correctionOf(form)?.version ?? Infinity) < correction.version);
}

function draftOf(row: DraftRow): FormDraft {
  return {
    key: row.form_key,
    values: JSON.parse(row.values_json) as Record<string, unknown>,
    base: row.base_json === null ? null : (JSON.parse(row.base_json) as Record<string, unknown>),
    savedAt: row.saved_at,
  };
}

/** Keeps what was typed (and the form as opened), replacing the last copy; drafts left for a week by anyone go at the same time. */
export function saveFormDraft(db: Db, officerId: string, key: FormDraftKey, draft: { values: Record<string, unknown>; base?: Record<string, unknown> }, now: Date): { savedAt: string } {
  const savedAt = now.toISOString();
  db.transaction(() => {
    stmt(db, 'DELETE FROM form_drafts WHERE saved_at < ?').run(new Date(now.getTime() - KEEP_MS).toISOString());
    stmt(
      db,
      `INSERT INTO form_drafts (officer_id, form_key, values_json, base_json, saved_at) VALUES (?, ?, ?, ?, ?)
         ON CONFLICT (officer_id, form_key) DO UPDATE SET values_json = excluded.values_json, base_json = excluded.base_json, saved_at = excluded.saved_at`,
    ).run(officerId, key, JSON.stringify(draft.values), draft.base ? JSON.stringify(draft.base) : null, savedAt);
  })();
  return { savedAt };
}

export function discardFormDraft(db: Db, officerId: string, key: FormDraftKey, withEarlierVersions: boolean): { discarded: boolean } {
  const correction = withEarlierVersions ? correctionOf(key) : null;
  return db.transaction(() => {
    const keys = [key, ...(correction ? earlierCorrectionKeys(db, officerId, correction) : [])];
    const removed = keys.map((form) => stmt(db, 'DELETE FROM form_drafts WHERE officer_id = ? AND form_key = ?').run(officerId, form).changes);
    return { discarded: removed.some((changes) => changes > 0) };
  })();
}
