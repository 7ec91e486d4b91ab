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
      {cloneElement(children, { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': describedBy, ...fourDigitYears(children) })}
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

const LATEST: Record<string, string> = { date: '9999-12-31', 'datetime-local': '9999-12-31T23:59' };

/**
 * Chromium's year part takes up to six digits unless the field has a latest date: typed in
 * one go, "20/02/2026 04:00" became the year 202604 and the hours were lost.
 */
function fourDigitYears(control: ReactElement<Record<string, unknown>>): { max?: string } {
  const type = control.props.type;
  return control.type === 'input' && typeof type === 'string' && LATEST[type] && control.props.max === undefined ? { max: LATEST[type] } : {};
}
