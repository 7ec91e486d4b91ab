import { BusyButton } from '../../../ui/BusyButton';

/**
 * Both buttons submit; the one pressed says which status to save. "Save" comes first so
 * Enter in a field saves a finished record. A finalised record cannot go back to draft.
 */
export function FormActions({ saving, allowDraft, onCancel }: { saving: boolean; allowDraft: boolean; onCancel(): void }) {
  return (
    <div className="form__actions">
      <BusyButton type="submit" value="FINAL" className="button button--primary" busy={saving}>
        {saving ? 'Saving…' : 'Save'}
      </BusyButton>
      {allowDraft && (
        <BusyButton type="submit" value="DRAFT" className="button" busy={saving}>
          Save as draft
        </BusyButton>
      )}
      <button type="button" className="button button--quiet" onClick={onCancel}>
        Cancel
      </button>
    </div>
  );
}
