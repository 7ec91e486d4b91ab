import { INTERCEPTING_AGENCIES } from '../../../../../shared/domain/reference/interception-codes';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useInterceptionFormContext } from './use-interception-form';

export function InterceptedBySection() {
  const { register, errors } = useInterceptionFormContext();
  return (
    <FormSection title="Who intercepted">
      <div className="form__grid">
        <Field label="Intercepted by" error={errors.interceptedBy?.message}>
          <Select options={INTERCEPTING_AGENCIES} placeholder="Choose…" {...register('interceptedBy')} />
        </Field>
        <Field label="Intercepting vessel" error={errors.interceptingVessel?.message} hint="Name, e.g. BF Valiant">
          <input autoComplete="off" {...register('interceptingVessel')} />
        </Field>
      </div>
    </FormSection>
  );
}
