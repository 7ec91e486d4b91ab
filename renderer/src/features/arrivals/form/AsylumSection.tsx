import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { useArrivalFormContext } from './use-arrival-form';

export function AsylumSection() {
  const { register, errors } = useArrivalFormContext();
  return (
    <FormSection title="Asylum and screening">
      <div className="form__grid">
        <Field label="Asylum claimed on" error={errors.asylumClaimedAt?.message}>
          <input type="date" {...register('asylumClaimedAt')} />
        </Field>
        <Field label="Screening interview on" error={errors.screenedAt?.message}>
          <input type="date" {...register('screenedAt')} />
        </Field>
        <Field label="Screening officer" error={errors.screeningOfficer?.message}>
          <input autoComplete="off" {...register('screeningOfficer')} />
        </Field>
      </div>
    </FormSection>
  );
}
