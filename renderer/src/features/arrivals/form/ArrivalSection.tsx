import { ARRIVAL_ROUTES } from '../../../../../shared/domain/reference/arrival-codes';
import { SITES } from '../../../../../shared/domain/reference/sites';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { FormUkDateTimeInput } from '../../../ui/forms/FormUkDateTimeInput';
import { InterceptionLinkField } from './InterceptionLinkField';
import { useArrivalFormContext } from './use-arrival-form';
import { useArrivalTimeCheck } from './use-arrival-time-check';

export function ArrivalSection({ interceptionReference }: { interceptionReference: string }) {
  const { register, control, errors } = useArrivalFormContext();
  const boatTime = useArrivalTimeCheck();
  return (
    <FormSection title="Arrival">
      <div className="form__grid">
        <Field label="Route" error={errors.route?.message}>
          <Select options={ARRIVAL_ROUTES} placeholder="Choose…" {...register('route')} />
        </Field>
        <Field label="Site" error={errors.site?.message}>
          <Select options={SITES} placeholder="Choose…" {...register('site')} />
        </Field>
        <Field label="Arrived at (UK time)" error={errors.arrivedAt?.message ?? boatTime.problem ?? undefined} warning={boatTime.warning}>
          <FormUkDateTimeInput control={control} name="arrivedAt" />
        </Field>
        <InterceptionLinkField initialReference={interceptionReference} />
      </div>
    </FormSection>
  );
}
