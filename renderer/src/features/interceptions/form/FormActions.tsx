/**
 * Both buttons submit; the one pressed says which status to save. "Save" comes first so
 * that Enter in a field, and Tab then Enter after the notes, save a finished record.
 */
export function FormActions({ saving, allowDraft, onCancel }: { saving: boolean; allowDraft: boolean; onCancel(): void }) {
  return (
    <div className="form__actions">
      <button type="submit" name="status" value="FINAL" className="button button--primary" disabled={saving}>
        {saving ? 'Saving…' : 'Save'}
      </button>
      {allowDraft && (
        <button type="submit" name="status" value="DRAFT" className="button" disabled={saving}>
          Save as draft
        </button>
      )}
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
