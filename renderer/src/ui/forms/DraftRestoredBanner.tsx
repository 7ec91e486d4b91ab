import { formatUkDateTime } from '../../../../shared/domain/time';
import type { FormDraftControls } from './use-form-draft';

/** Says that the form holds what was typed earlier and not yet saved, with a way to start afresh. */
export function DraftRestoredBanner({ draft }: { draft: FormDraftControls }) {
  if (!draft.restoredAt) return null;
  return (
    <div className="banner banner--warn banner--with-action" role="status">
      <span>
        Brought back what you had typed (kept {formatUkDateTime(draft.restoredAt)}). It is not saved yet: check it, then save.
      </span>
      <button type="button" className="button" onClick={() => void draft.discard()}>
        Discard it and start again
      </button>
    </div>
  );
}
