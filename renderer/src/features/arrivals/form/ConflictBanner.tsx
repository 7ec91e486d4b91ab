/** Someone saved this person after the form was opened: saving now would overwrite their work. */
export function ConflictBanner({ onReload }: { onReload(): void }) {
  return (
    <div className="banner banner--error banner--with-action" role="alert">
      <span>Someone else corrected this person since you opened it. Reload to see their version, then make your correction again.</span>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
