import { FORM_DRAFT_DAYS, type FormDraft, type FormDraftKey } from '../../../shared/domain/form-drafts';
import type { Db } from '../db/connection';
import { stmt } from '../db/statements';

const KEEP_MS = FORM_DRAFT_DAYS * 86_400_000;

/** The officer's unsaved draft of a form, or null; one older than a week is not brought back. */
export function getFormDraft(db: Db, officerId: string, key: FormDraftKey, now: Date): FormDraft | null {
  const row = stmt(db, 'SELECT values_json, saved_at FROM form_drafts WHERE officer_id = ? AND form_key = ?').get(officerId, key) as { values_json: string; saved_at: string } | undefined;
  if (!row || Date.parse(row.saved_at) < now.getTime() - KEEP_MS) return null;
  return { key, values: JSON.parse(row.values_json) as Record<string, unknown>, savedAt: row.saved_at };
}

/** Keeps what was typed, replacing the last copy; drafts left for a week by anyone go at the same time. */
export function saveFormDraft(db: Db, officerId: string, key: FormDraftKey, values: Record<string, unknown>, now: Date): { savedAt: string } {
  const savedAt = now.toISOString();
  db.transaction(() => {
    stmt(db, 'DELETE FROM form_drafts WHERE saved_at < ?').run(new Date(now.getTime() - KEEP_MS).toISOString());
    stmt(db, 'INSERT INTO form_drafts (officer_id, form_key, values_json, saved_at) VALUES (?, ?, ?, ?) ON CONFLICT (officer_id, form_key) DO UPDATE SET values_json = excluded.values_json, saved_at = excluded.saved_at').run(officerId, key, JSON.stringify(values), savedAt);
  })();
  return { savedAt };
}

export function discardFormDraft(db: Db, officerId: string, key: FormDraftKey): { discarded: boolean } {
  return { discarded: stmt(db, 'DELETE FROM form_drafts WHERE officer_id = ? AND form_key = ?').run(officerId, key).changes > 0 };
}
