import { AGE_STATUSES } from '../../../../../shared/domain/reference/arrival-codes';
import { CheckboxField } from '../../../ui/CheckboxField';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useArrivalFormContext } from './use-arrival-form';

export function AgeFamilySection() {
  const { register, errors } = useArrivalFormContext();
  return (
    <FormSection title="Age and family">
      <div className="form__grid">
        <Field label="Age status" error={errors.ageStatus?.message}>
          <Select options={AGE_STATUSES} placeholder="Choose…" {...register('ageStatus')} />
        </Field>
        <Field label="Family group" error={errors.familyGroupId?.message} hint="People travelling together share one group id">
          <input autoComplete="off" spellCheck={false} {...register('familyGroupId')} />
        </Field>
      </div>
      <CheckboxField label="Unaccompanied child" error={errors.unaccompanied?.message} {...register('unaccompanied')} />
    </FormSection>
  );
}
