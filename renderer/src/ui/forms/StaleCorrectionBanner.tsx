/**
 * Someone saved the record after this correction was opened: saving now would overwrite their
 * work. Reload opens their version; what was typed comes back over it (use-form-draft.ts).
 */
export function StaleCorrectionBanner({ message, onReload }: { message: string; onReload(): void }) {
  return (
    <div className="banner banner--error banner--with-action" role="alert">
      <span>{message}</span>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
