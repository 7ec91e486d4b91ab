import { useRef } from 'react';
import { useController, type Control, type FieldPath, type FieldValues } from 'react-hook-form';
import { UkDateTimeInput, type UkDateTimeHandle } from '../UkDateTimeInput';
import { ukTimeFieldProblem } from './uk-time-problem';

interface FormUkDateTimeInputProps<V extends FieldValues> {
  control: Control<V>;
  name: FieldPath<V>;
  /** Given by Field. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * UkDateTimeInput inside a react-hook-form form. Its own check (a half-typed date, a time the
 * clocks skipped, a repeated time with no choice) is a `validate` rule, which schemaResolver
 * runs with the schema; the cursor goes to the question still to answer.
 */
export function FormUkDateTimeInput<V extends FieldValues>({ control, name, ...described }: FormUkDateTimeInputProps<V>) {
  const handle = useRef<UkDateTimeHandle | null>(null);
  const { field } = useController({
    control,
    name,
    rules: { validate: (value: unknown) => ukTimeFieldProblem(handle.current?.element ?? null, typeof value === 'string' ? value : '') ?? true },
  });
  return (
    <UkDateTimeInput
      {...described}
      name={field.name}
      value={typeof field.value === 'string' ? field.value : ''}
      onChange={field.onChange}
      onBlur={field.onBlur}
      handleRef={(h) => {
        handle.current = h;
        field.ref(h);
      }}
    />
  );
}
