/**
 * Both buttons submit; the one pressed says which status to save. "Save" comes first so
 * Enter in a field saves a finished record. A finalised record cannot go back to draft.
 */
export function FormActions({ saving, allowDraft, onCancel }: { saving: boolean; allowDraft: boolean; onCancel(): void }) {
  return (
    <div className="form__actions">
      <button type="submit" value="FINAL" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </button>
      {allowDraft && (
        <button type="submit" value="DRAFT" className="button" disabled={saving}>
          Save as draft
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
