import type { ReactNode } from 'react';

/**
 * One titled part of a long form; the legend names the group for screen readers too, and is
 * a heading, so a screen reader can jump from Identity to Vulnerability as on a record's screen.
 */
export function FormSection({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <fieldset className="form-section">
      <legend>
        <h2 className="form-section__title">{title}</h2>
      </legend>
      {hint && <p className="form-section__hint">{hint}</p>}
      {children}
    </fieldset>
  );
}

/** A section that is one field: the field's own label serves as its heading. */
export function SingleFieldSection({ children }: { children: ReactNode }) {
  return <div className="form-section form-section--single">{children}</div>;
}
