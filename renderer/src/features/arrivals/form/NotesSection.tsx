import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { useArrivalFormContext } from './use-arrival-form';

export function NotesSection() {
  const { register, errors } = useArrivalFormContext();
  return (
    <FormSection title="Notes">
      <Field label="Notes" error={errors.notes?.message}>
        <textarea rows={4} {...register('notes')} />
      </Field>
    </FormSection>
  );
}
