import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { Field } from '../../../ui/Field';
import { emptyAlias } from '../form-values';
import { useArrivalFormContext } from './use-arrival-form';

/** The schema allows ten; the button stops there so the limit is never an error. */
const MAX_ALIASES = 10;

/** Other names the person has used or been recorded under: all of them are searched. */
export function AliasList() {
  const { control, register, errors } = useArrivalFormContext();
  const { fields, append, remove } = useFieldArray({ control, name: 'aliases' });
  const addButton = useRef<HTMLButtonElement>(null);
  return (
    <div className="subgroup">
      <h3 className="subgroup__title">Aliases ({fields.length})</h3>
      {fields.map((field, index) => (
        <div key={field.id} className="repeat-row" role="group" aria-label={`Alias ${index + 1}`}>
          <Field label={`Alias ${index + 1} family name`} error={errors.aliases?.[index]?.familyName?.message}>
            <input autoComplete="off" spellCheck={false} {...register(`aliases.${index}.familyName`)} />
          </Field>
          <Field label={`Alias ${index + 1} given names`} error={errors.aliases?.[index]?.givenNames?.message}>
            <input autoComplete="off" spellCheck={false} {...register(`aliases.${index}.givenNames`)} />
          </Field>
          <button
            type="button"
            className="button button--quiet repeat-row__remove"
            onClick={() => {
              remove(index);
              // The removed row took focus with it: put it somewhere predictable.
              addButton.current?.focus();
            }}
          >
            Remove alias {index + 1}
          </button>
        </div>
      ))}
      {errors.aliases?.message && (
        <p className="field__error" role="alert">
          {errors.aliases.message}
        </p>
      )}
      <button ref={addButton} type="button" className="button" disabled={fields.length >= MAX_ALIASES} onClick={() => append(emptyAlias(), { shouldFocus: true })}>
        {fields.length >= MAX_ALIASES ? `At most ${MAX_ALIASES} aliases` : 'Add an alias'}
      </button>
    </div>
  );
}
