import { useRef } from 'react';
import { useFieldArray, useFormContext } from 'react-hook-form';
import type { InterceptionFormValues } from '../form-values';
import { emptyEngine } from '../form-values';
import { EngineFields } from './EngineFields';

/** The schema allows six; the button stops there so the limit is never an error. */
const MAX_ENGINES = 6;

export function EngineList() {
  const { control, formState } = useFormContext<InterceptionFormValues>();
  const { fields, append, remove } = useFieldArray({ control, name: 'vessel.engines' });
  const addButton = useRef<HTMLButtonElement>(null);
  const listError = formState.errors.vessel?.engines?.root?.message ?? formState.errors.vessel?.engines?.message;

  return (
    <div className="engines">
      <h3 className="engines__title">Engines ({fields.length})</h3>
      {fields.length === 0 && <p className="muted">No engine recorded.</p>}
      {fields.map((field, index) => (
        <EngineFields
          key={field.id}
          index={index}
          onRemove={() => {
            remove(index);
            // The removed row took focus with it: put it somewhere predictable.
            addButton.current?.focus();
          }}
        />
      ))}
      {listError && (
        <p className="field__error" role="alert">
          {listError}
        </p>
      )}
      <button
        ref={addButton}
        type="button"
        className="button"
        disabled={fields.length >= MAX_ENGINES}
        onClick={() => append(emptyEngine(), { shouldFocus: true })}
      >
        {fields.length >= MAX_ENGINES ? `At most ${MAX_ENGINES} engines` : 'Add an engine'}
      </button>
    </div>
  );
}
