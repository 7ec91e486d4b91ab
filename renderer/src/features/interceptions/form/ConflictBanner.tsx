/** Someone saved this record after it was opened: saving now would overwrite their work. */
export function ConflictBanner({ message, onReload }: { message: string; onReload(): void }) {
  return (
    <div className="banner banner--error banner--with-action" role="alert">
      <span>{message}</span>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
