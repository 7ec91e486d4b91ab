import { OUTCOMES } from '../../../../../shared/domain/reference/interception-codes';
import { Field } from '../../../ui/Field';
import { SingleFieldSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { useInterceptionFormContext } from './use-interception-form';

export function OutcomeSection() {
  const { register, errors } = useInterceptionFormContext();
  return (
    <SingleFieldSection>
      <div className="form__grid">
        <Field label="Outcome" error={errors.outcome?.message}>
          <Select options={OUTCOMES} placeholder="Choose…" {...register('outcome')} />
        </Field>
      </div>
    </SingleFieldSection>
  );
}
