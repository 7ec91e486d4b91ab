import { VESSEL_TYPES } from '../../../../../shared/domain/reference/interception-codes';
import { Field } from '../../../ui/Field';
import { FormSection } from '../../../ui/FormSection';
import { Select } from '../../../ui/Select';
import { EngineList } from './EngineList';
import { useInterceptionFormContext } from './use-interception-form';

/** Boats and engines are evidence against smuggling supply chains: record them precisely. */
export function VesselSection() {
  const { register, errors } = useInterceptionFormContext();
  const vessel = errors.vessel;
  return (
    <FormSection title="Vessel">
      <div className="form__grid">
        <Field label="Vessel type" error={vessel?.type?.message}>
          <Select options={VESSEL_TYPES} placeholder="Choose…" {...register('vessel.type')} />
        </Field>
        <Field label="Length in metres" error={vessel?.lengthMetres?.message} hint="e.g. 8.5">
          <input inputMode="decimal" autoComplete="off" {...register('vessel.lengthMetres')} />
        </Field>
        <Field label="Colour" error={vessel?.colour?.message}>
          <input autoComplete="off" {...register('vessel.colour')} />
        </Field>
        <Field label="Pumps" error={vessel?.pumps?.message}>
          <input autoComplete="off" {...register('vessel.pumps')} />
        </Field>
        <Field label="Fuel" error={vessel?.fuel?.message} hint="e.g. 4 × 20 l jerrycans">
          <input autoComplete="off" {...register('vessel.fuel')} />
        </Field>
        <Field label="Condition" error={vessel?.condition?.message}>
          <input autoComplete="off" {...register('vessel.condition')} />
        </Field>
      </div>
      <EngineList />
    </FormSection>
  );
}
