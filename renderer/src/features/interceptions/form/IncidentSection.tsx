import { SITES } from '../../../../../shared/domain/reference/sites';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { FormUkDateTimeInput } from '../../../ui/forms/FormUkDateTimeInput';
import { useInterceptionFormContext } from './use-interception-form';

export function IncidentSection() {
  const { register, control, errors } = useInterceptionFormContext();
  return (
    <FormSection title="Incident" hint="Times are UK local time, whatever the laptop's clock is set to.">
      <div className="form__grid">
        <Field label="Site" error={errors.site?.message}>
          <Select options={SITES} placeholder="Choose…" {...register('site')} />
        </Field>
        <Field label="Detected at" error={errors.detectedAt?.message}>
          <FormUkDateTimeInput control={control} name="detectedAt" />
        </Field>
        <Field label="Intercepted or landed at" error={errors.interceptedAt?.message} hint="Leave blank if not yet">
          <FormUkDateTimeInput control={control} name="interceptedAt" />
        </Field>
      </div>
    </FormSection>
  );
}
