import type { UseFormReturn } from 'react-hook-form';
import type { Arrival, ArrivalFields } from '../../../../../shared/domain/arrival';
import { AGE_STATUSES, DOB_PRECISIONS, SEXES } from '../../../../../shared/domain/reference/arrival-codes';
import { NATIONALITIES } from '../../../../../shared/domain/reference/countries';
import { CheckboxField } from '../../../ui/CheckboxField';
import { ComboboxField } from '../../../ui/ComboboxField';
import { Field } from '../../../ui/Field';
import { Select } from '../../../ui/Select';
import { firstErrorMessage } from '../../../ui/forms/error-message';
import { precisionFor } from '../dob-precision';
import type { BoatContext, NextPersonValues } from './next-person-values';
import { useLanguagesFollowNationality } from './use-languages-follow-nationality';

/**
 * The row, in the order an officer asks the questions; the tab order is exactly this order
 * (no hidden or decorative stops), so a person's core fields take a run of keystrokes.
 */
export function NextPersonFields({ form, previous }: { form: UseFormReturn<NextPersonValues, BoatContext, ArrivalFields>; previous: Arrival | null }) {
  const { register, control, getValues, setValue } = form;
  const errors = form.formState.errors;
  useLanguagesFollowNationality(form, previous);
  // Registered in the JSX, in screen order: react-hook-form focuses the first error in registration order.
  const followPrecision = (e: { target: { value: string } }) =>
    setValue('dateOfBirthPrecision', precisionFor(e.target.value, getValues('dateOfBirthPrecision')));
  const joinPreviousFamily = (e: { target: { checked: boolean } }) => {
    if (!e.target.checked || !previous) return setValue('familyGroupId', '');
    // Reuse the previous person's group; if they had none, this starts one for both.
    setValue('familyGroupId', previous.familyGroupId ?? crypto.randomUUID());
    if (!getValues('familyName').trim()) setValue('familyName', previous.familyName, { shouldValidate: form.formState.isSubmitted });
  };
  return (
    <div className="quick-row">
      <Field label="Family name" error={errors.familyName?.message}>
        <input autoComplete="off" spellCheck={false} {...register('familyName')} />
      </Field>
      <Field label="Given names" error={errors.givenNames?.message}>
        <input autoComplete="off" spellCheck={false} {...register('givenNames')} />
      </Field>
      <Field label="Sex" error={errors.sex?.message}>
        <Select options={SEXES} placeholder="Choose…" {...register('sex')} />
      </Field>
      <Field label="Date of birth" error={errors.dateOfBirth?.message} hint="DD/MM/YYYY, or the year alone">
        <input autoComplete="off" inputMode="numeric" placeholder="DD/MM/YYYY" {...register('dateOfBirth', { onChange: followPrecision })} />
      </Field>
      <Field label="Known as" error={errors.dateOfBirthPrecision?.message}>
        <Select options={DOB_PRECISIONS} {...register('dateOfBirthPrecision')} />
      </Field>
      <ComboboxField control={control} name="nationality" label="Nationality" options={NATIONALITIES} placeholder="Type, e.g. eri" />
      <Field label="Age status" error={errors.ageStatus?.message}>
        <Select options={AGE_STATUSES} placeholder="Choose…" {...register('ageStatus')} />
      </Field>
      <div className="quick-row__checks">
        <CheckboxField label="Unaccompanied child" error={errors.unaccompanied?.message} {...register('unaccompanied')} />
        <CheckboxField
          label={previous ? `Same family as previous person (${previous.familyName || 'no name'})` : 'Same family as previous person'}
          disabled={!previous}
          {...register('sameFamily', { onChange: joinPreviousFamily })}
        />
      </div>
      <Field label="Languages" error={firstErrorMessage(errors.languages)} hint="Carried from the previous person of the same nationality">
        <input autoComplete="off" {...register('languages')} />
      </Field>
    </div>
  );
}
