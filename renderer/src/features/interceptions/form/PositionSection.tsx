import { ZONES } from '../../../../../shared/domain/reference/interception-codes';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useInterceptionFormContext } from './use-interception-form';

export function PositionSection() {
  const { register, errors } = useInterceptionFormContext();
  return (
    <FormSection title="Position">
      <div className="form__grid">
        <Field label="Latitude" error={errors.latitude?.message} hint="Decimal degrees, e.g. 51.1237">
          <input inputMode="decimal" autoComplete="off" {...register('latitude')} />
        </Field>
        <Field label="Longitude" error={errors.longitude?.message} hint="Decimal degrees, e.g. 1.3134">
          <input inputMode="decimal" autoComplete="off" {...register('longitude')} />
        </Field>
        <Field label="Zone" error={errors.zone?.message}>
          <Select options={ZONES} placeholder="Choose…" {...register('zone')} />
        </Field>
      </div>
    </FormSection>
  );
}
