/** Someone saved this person after the form was opened: saving now would overwrite their work. */
export function ConflictBanner({ onReload }: { onReload(): void }) {
  return (
    <div className="banner banner--error banner--with-action" role="alert">
      <span>Someone else corrected this person since you opened it. Reload brings their version, with what you typed kept in the fields they did not change: check it, then save.</span>
      <button type="button" className="button" onClick={onReload}>
        Reload
      </button>
    </div>
  );
}
