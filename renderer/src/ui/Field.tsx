import { cloneElement, useId, type ReactElement } from 'react';

interface FieldProps {
  label: string;
  error?: string | undefined;
  hint?: string;
  /** Worth a second look but not wrong: said beside the control, and never stops the form. */
  warning?: string | null | undefined;
  children: ReactElement<Record<string, unknown>>;
}

/** A labelled control with its error message (and any warning) right beside it, announced to screen readers. */
export function Field({ label, error, hint, warning, children }: FieldProps) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const warningId = `${id}-warning`;
  const describedBy = [hint ? hintId : null, warning ? warningId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <div className={error ? 'field field--invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy })}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {warning && (
        <p className="field__warning" id={warningId} role="status">
          {warning}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId} role="alert">
          {error}
        </p>
      )}
    </div>
  );
}
