import { useFormContext } from 'react-hook-form';
import type { InterceptionFormValues } from '../form-values';

/** The interception form's register, control and errors, for the section components inside its FormProvider. */
export function useInterceptionFormContext() {
  const {
    register,
    control,
    formState: { errors },
  } = useFormContext<InterceptionFormValues>();
  return { register, control, errors };
}
