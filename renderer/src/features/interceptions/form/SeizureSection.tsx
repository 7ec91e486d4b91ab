import { SEIZURE_DISPOSALS } from '../../../../../shared/domain/reference/interception-codes';
import { CheckboxField } from '../../../ui/CheckboxField';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useInterceptionFormContext } from './use-interception-form';

export function SeizureSection() {
  const { register, errors } = useInterceptionFormContext();
  const vessel = errors.vessel;
  return (
    <FormSection title="Seizure">
      <CheckboxField label="Vessel seized" error={vessel?.seized?.message} {...register('vessel.seized')} />
      <div className="form__grid">
        <Field label="Seizure reference" error={vessel?.seizureReference?.message} hint="Required when the vessel is seized">
          <input autoComplete="off" {...register('vessel.seizureReference')} />
        </Field>
        <Field label="Disposal" error={vessel?.disposal?.message}>
          <Select options={SEIZURE_DISPOSALS} placeholder="Choose…" {...register('vessel.disposal')} />
        </Field>
      </div>
    </FormSection>
  );
}
