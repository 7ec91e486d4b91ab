import { Field } from '../../../ui/Field';
import { SingleFieldSection } from '../../../ui/FormSection';
import { useInterceptionFormContext } from './use-interception-form';

export function NotesSection() {
  const { register, errors } = useInterceptionFormContext();
  return (
    <SingleFieldSection>
      <Field label="Notes" error={errors.notes?.message} hint="What happened, in your own words">
        <textarea rows={5} {...register('notes')} />
      </Field>
    </SingleFieldSection>
  );
}
