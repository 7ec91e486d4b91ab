import { useController, type Control, type FieldPathByValue, type FieldValues } from 'react-hook-form';
import type { Option } from '../../../shared/domain/reference/options';
import { Field } from './Field';
import { OptionCombobox } from './OptionCombobox';

interface ComboboxFieldProps<V extends FieldValues, C, T> {
  control: Control<V, C, T>;
  name: FieldPathByValue<V, string>;
  label: string;
  options: readonly Option[];
  hint?: string;
  placeholder?: string;
}

/** A long list (countries) in a react-hook-form form, picked by typing; error beside it like any field. */
export function ComboboxField<V extends FieldValues, C, T>({ control, name, label, options, hint, placeholder }: ComboboxFieldProps<V, C, T>) {
  const {
    field: { value, onChange, onBlur, ref: inputRef },
    fieldState,
  } = useController({ control, name });
  return (
    <Field label={label} error={fieldState.error?.message} {...(hint ? { hint } : {})}>
      <OptionCombobox options={options} placeholder={placeholder ?? 'Type to find…'} value={value as string} onChange={onChange} onBlur={onBlur} name={name} ref={inputRef} />
    </Field>
  );
}
