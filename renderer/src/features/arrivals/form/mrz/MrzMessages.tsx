/** What reading the MRZ found: each error on its own line (they name the line and field), or what was filled. */
export function MrzMessages({ id, outcome }: { id: string; outcome: { errors: string[] } | { filled: string; warnings: string[] } | null }) {
  if (!outcome) return <div id={id} />;
  if ('errors' in outcome) {
    return (
      <ul id={id} className="mrz__errors" role="alert">
        {outcome.errors.map((message, i) => (
          <li key={i} className="field__error">
            {message}
          </li>
        ))}
      </ul>
    );
  }
  return (
    <div id={id} role="status">
      <p className="inline-ok">{outcome.filled}</p>
      {outcome.warnings.length > 0 && (
        <ul className="mrz__warnings">
          {outcome.warnings.map((warning, i) => (
            <li key={i}>{warning}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
