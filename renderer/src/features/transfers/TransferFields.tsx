import { useFormContext } from 'react-hook-form';
import { SEXES } from '../../../../shared/domain/reference/arrival-codes';
import { NATIONALITIES } from '../../../../shared/domain/reference/countries';
import { CHECK_RESULTS } from '../../../../shared/domain/transfers/transfer-states';
import { ComboboxField } from '../../ui/ComboboxField';
import { Field } from '../../ui/Field';
import { FormSection } from '../../ui/FormSection';
import { Select } from '../../ui/Select';
import type { TransferFormValues } from './transfer-form-values';

/** The application, the person as they applied, the checks and the entry clearance. */
export function TransferFields() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<TransferFormValues>();
  return (
    <>
      <FormSection title="Application">
        <div className="form__grid">
          <Field label="Application reference" error={errors.applicationReference?.message}>
            <input type="text" autoComplete="off" {...register('applicationReference')} />
          </Field>
          <Field label="Family reference" error={errors.familyReference?.message} hint="For a family applying together; needed for a child">
            <input type="text" autoComplete="off" {...register('familyReference')} />
          </Field>
        </div>
      </FormSection>
      <FormSection title="Identity" hint="As given on the application, with the identity document.">
        <div className="form__grid">
          <Field label="Family name" error={errors.familyName?.message}>
            <input type="text" autoComplete="off" {...register('familyName')} />
          </Field>
          <Field label="Given names" error={errors.givenNames?.message}>
            <input type="text" autoComplete="off" {...register('givenNames')} />
          </Field>
          <Field label="Date of birth" error={errors.dateOfBirth?.message}>
            <input type="date" {...register('dateOfBirth')} />
          </Field>
          <ComboboxField control={control} name="nationality" label="Nationality" options={NATIONALITIES} placeholder="Type, e.g. eri" />
          <Field label="Sex" error={errors.sex?.message}>
            <Select options={SEXES} placeholder="Choose…" {...register('sex')} />
          </Field>
          <Field label="Place of birth" error={errors.placeOfBirth?.message}>
            <input type="text" autoComplete="off" {...register('placeOfBirth')} />
          </Field>
          <Field label="Identity document number" error={errors.documentNumber?.message}>
            <input type="text" autoComplete="off" {...register('documentNumber')} />
          </Field>
        </div>
      </FormSection>
      <FormSection title="Checks" hint="Each must be recorded as passed before the application can move past it.">
        <div className="form__grid">
          <Field label="Location in France verified" error={errors.checks?.locationVerified?.message}>
            <Select options={CHECK_RESULTS} {...register('checks.locationVerified')} />
          </Field>
          <Field label="Security check" error={errors.checks?.security?.message}>
            <Select options={CHECK_RESULTS} {...register('checks.security')} />
          </Field>
          <Field label="Eligibility check" error={errors.checks?.eligibility?.message}>
            <Select options={CHECK_RESULTS} {...register('checks.eligibility')} />
          </Field>
        </div>
      </FormSection>
      <FormSection title="Entry clearance" hint="Valid for up to 3 months from issue.">
        <div className="form__grid">
          <Field label="Issued on" error={errors.entryClearanceIssuedOn?.message}>
            <input type="date" {...register('entryClearanceIssuedOn')} />
          </Field>
          <Field label="Valid until" error={errors.entryClearanceValidUntil?.message}>
            <input type="date" {...register('entryClearanceValidUntil')} />
          </Field>
        </div>
      </FormSection>
    </>
  );
}
