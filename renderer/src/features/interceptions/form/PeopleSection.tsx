import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import type { InterceptionFormValues } from '../form-values';
import { useInterceptionFormContext } from './use-interception-form';

type CountField = 'peopleAboard' | 'deaths' | 'missing' | 'injured' | 'medicalEvacuations';

const COUNTS: readonly { name: CountField; label: string; hint?: string }[] = [
  { name: 'peopleAboard', label: 'People aboard', hint: 'As counted' },
  { name: 'deaths', label: 'Deaths' },
  { name: 'missing', label: 'Missing' },
  { name: 'injured', label: 'Injured' },
  { name: 'medicalEvacuations', label: 'Medical evacuations' },
];

export function PeopleSection() {
  const { register, errors } = useInterceptionFormContext();
  return (
    <FormSection title="People" hint="Each person is recorded on their own afterwards; here, the counts for the boat.">
      <div className="form__grid form__grid--narrow">
        {COUNTS.map(({ name, label, hint }) => (
          <Field key={name} label={label} error={errors[name]?.message} {...(hint ? { hint } : {})}>
            <input inputMode="numeric" autoComplete="off" {...register(name satisfies keyof InterceptionFormValues)} />
          </Field>
        ))}
      </div>
    </FormSection>
  );
}
