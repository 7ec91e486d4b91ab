import { Field } from '../../../ui/Field';
import { useInterceptionFormContext } from './use-interception-form';

/** One engine: each label names its engine, so "horsepower" is never ambiguous to a screen reader. */
export function EngineFields({ index, onRemove }: { index: number; onRemove(): void }) {
  const { register, errors } = useInterceptionFormContext();
  const engineErrors = errors.vessel?.engines?.[index];
  const n = index + 1;
  return (
    <fieldset className="engine">
      <legend>Engine {n}</legend>
      <div className="engine__fields">
        <Field label={`Engine ${n} make`} error={engineErrors?.make?.message}>
          <input autoComplete="off" {...register(`vessel.engines.${index}.make`)} />
        </Field>
        <Field label={`Engine ${n} horsepower`} error={engineErrors?.horsepower?.message}>
          <input inputMode="numeric" autoComplete="off" {...register(`vessel.engines.${index}.horsepower`)} />
        </Field>
        <Field label={`Engine ${n} serial number`} error={engineErrors?.serialNumber?.message}>
          <input autoComplete="off" {...register(`vessel.engines.${index}.serialNumber`)} />
        </Field>
        <button type="button" className="button button--quiet engine__remove" onClick={onRemove}>
          Remove engine {n}
        </button>
      </div>
    </fieldset>
  );
}
