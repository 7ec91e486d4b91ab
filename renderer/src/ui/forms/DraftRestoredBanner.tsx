import { auditValue } from '../../../../shared/domain/field-labels';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { ukLocalToUtcIso } from '../../../../shared/domain/uk-local-time';
import { FieldChangesTable } from '../FieldChangesTable';
import type { FormDraftControls } from './use-form-draft';

/** A value as the form holds it: a time is typed in UK local time, not stored in UTC as the history's are. */
function formValueText(value: unknown, field: string): string {
  if (typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) {
    const instant = ukLocalToUtcIso(value);
    if (instant) return formatUkDateTime(instant);
  }
  return auditValue(value, field);
}

/** Says that the form holds what was typed earlier and not yet saved, with a way to start afresh. */
export function DraftRestoredBanner({ draft }: { draft: FormDraftControls }) {
  if (!draft.restoredAt) return null;
  const kept = formatUkDateTime(draft.restoredAt);
  const clashes = draft.overNewerVersion?.clashes ?? [];
  return (
    <div className="banner banner--warn banner--with-action" role="status">
      <div>
        {draft.overNewerVersion ? (
          <p>
            Brought back the correction you had typed (kept {kept}). The record has been changed since, on another laptop or by another officer: what only
            you had changed is typed in again. It is not saved yet: check it, then save.
          </p>
        ) : (
          <p>Brought back what you had typed (kept {kept}). It is not saved yet: check it, then save.</p>
        )}
        {clashes.length > 0 && (
          <>
            <p>These fields were changed since as well, so they show what is saved now. Type yours again where it still applies:</p>
            <FieldChangesTable
              changes={clashes.map((clash) => ({ field: clash.path, from: clash.local, to: clash.server }))}
              headings={['You had typed', 'Saved now']}
              showValue={formValueText}
            />
          </>
        )}
      </div>
      <button type="button" className="button" onClick={() => void draft.discard()}>
        Discard it and start again
      </button>
    </div>
  );
}
