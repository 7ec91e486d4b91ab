import { BIOMETRIC_MATCHES } from '../../../../../shared/domain/reference/arrival-codes';
import { CheckboxField } from '../../../ui/CheckboxField';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useArrivalFormContext } from './use-arrival-form';

/** Only references are kept here: fingerprints stay in the national system. */
export function BiometricsSection() {
  const { register, errors } = useArrivalFormContext();
  return (
    <FormSection title="Biometrics" hint="The reference of the enrolment in the national system; never an image.">
      <CheckboxField label="Biometrics enrolled" error={errors.biometricsEnrolled?.message} {...register('biometricsEnrolled')} />
      <div className="form__grid">
        <Field label="Enrolment reference" error={errors.biometricReference?.message} hint="Required when enrolled">
          <input autoComplete="off" spellCheck={false} {...register('biometricReference')} />
        </Field>
        <Field label="Match result" error={errors.biometricMatch?.message}>
          <Select options={BIOMETRIC_MATCHES} {...register('biometricMatch')} />
        </Field>
      </div>
    </FormSection>
  );
}
