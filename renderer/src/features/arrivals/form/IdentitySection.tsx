import { DOB_PRECISIONS, SEXES } from '../../../../../shared/domain/reference/arrival-codes';
import { NATIONALITIES } from '../../../../../shared/domain/reference/countries';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ComboboxField } from '../../../ui/ComboboxField';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { firstErrorMessage } from '../../../ui/forms/error-message';
import { precisionFor } from '../dob-precision';
import { AliasList } from './AliasList';
import { useArrivalFormContext } from './use-arrival-form';

export function IdentitySection() {
  const { register, control, errors, getValues, setValue } = useArrivalFormContext();
  // Registered in the JSX, in screen order: react-hook-form focuses the first error in registration order.
  const followPrecision = (e: { target: { value: string } }) =>
    setValue('dateOfBirthPrecision', precisionFor(e.target.value, getValues('dateOfBirthPrecision')));
  return (
    <FormSection title="Identity" hint="As the person claims it. Write UNKNOWN for a family name they will not give.">
      <div className="form__grid">
        <Field label="Family name" error={errors.familyName?.message}>
          <input autoComplete="off" spellCheck={false} {...register('familyName')} />
        </Field>
        <Field label="Given names" error={errors.givenNames?.message}>
          <input autoComplete="off" spellCheck={false} {...register('givenNames')} />
        </Field>
        <Field label="Date of birth" error={errors.dateOfBirth?.message} hint="DD/MM/YYYY, or the year alone">
          <input autoComplete="off" inputMode="numeric" placeholder="DD/MM/YYYY" {...register('dateOfBirth', { onChange: followPrecision })} />
        </Field>
        <Field label="Date of birth known as" error={errors.dateOfBirthPrecision?.message}>
          <Select options={DOB_PRECISIONS} {...register('dateOfBirthPrecision')} />
        </Field>
        <Field label="Sex" error={errors.sex?.message}>
          <Select options={SEXES} placeholder="Choose…" {...register('sex')} />
        </Field>
        <ComboboxField control={control} name="nationality" label="Nationality" options={NATIONALITIES} hint="Type to find, e.g. eri" />
        <Field label="Place of birth" error={errors.placeOfBirth?.message}>
          <input autoComplete="off" {...register('placeOfBirth')} />
        </Field>
        <Field label="Languages" error={firstErrorMessage(errors.languages)} hint="Separated by commas, e.g. Tigrinya, Arabic">
          <input autoComplete="off" {...register('languages')} />
        </Field>
      </div>
      <CheckboxField label="Needs an interpreter" error={errors.interpreterNeeded?.message} {...register('interpreterNeeded')} />
      <AliasList />
    </FormSection>
  );
}
