import { useFormContext } from 'react-hook-form';
import type { InterceptionFormValues } from '../form-values';

/** The interception form's register and errors, for the section components inside its FormProvider. */
export function useInterceptionFormContext() {
  const {
    register,
    formState: { errors },
  } = useFormContext<InterceptionFormValues>();
  return { register, errors };
}
