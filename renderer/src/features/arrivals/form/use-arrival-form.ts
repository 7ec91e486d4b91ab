import { useFormContext, type FieldErrors, type UseFormReturn } from 'react-hook-form';
import type { ArrivalFormValues } from '../form-values';

type ArrivalFormContext = UseFormReturn<ArrivalFormValues> & { errors: FieldErrors<ArrivalFormValues> };

/** The arrival form's tools, for the section components inside its FormProvider. */
export function useArrivalFormContext(): ArrivalFormContext {
  const form = useFormContext<ArrivalFormValues>();
  return { ...form, errors: form.formState.errors };
}
