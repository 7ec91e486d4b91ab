import { DOCUMENT_TYPES } from '../../../../../shared/domain/reference/arrival-codes';
import { NATIONALITIES } from '../../../../../shared/domain/reference/countries';
import { ComboboxField } from '../../../ui/ComboboxField';
import { Field } from '../../../ui/Field';
import { Select } from '../../../ui/Select';
import { useArrivalFormContext } from './use-arrival-form';

/** One identity document; labels carry its number so a screen reader knows which one. */
export function DocumentFields({ index, onRemove }: { index: number; onRemove(): void }) {
  const { register, control, errors, watch } = useArrivalFormContext();
  const e = errors.documents?.[index];
  const n = index + 1;
  const mrz = watch(`documents.${index}.mrz`);
  return (
    <div className="repeat-row repeat-row--document" role="group" aria-label={`Document ${n}`}>
      <Field label={`Document ${n} type`} error={e?.type?.message}>
        <Select options={DOCUMENT_TYPES} placeholder="Choose…" {...register(`documents.${index}.type`)} />
      </Field>
      <Field label={`Document ${n} number`} error={e?.number?.message}>
        <input autoComplete="off" spellCheck={false} className="mono" {...register(`documents.${index}.number`)} />
      </Field>
      <ComboboxField control={control} name={`documents.${index}.issuingState`} label={`Document ${n} issuing state`} options={NATIONALITIES} />
      <Field label={`Document ${n} expiry`} error={e?.expiryDate?.message}>
        <input type="date" {...register(`documents.${index}.expiryDate`)} />
      </Field>
      {mrz && <pre className="mrz-kept" aria-label={`Document ${n} MRZ as read`}>{mrz}</pre>}
      <button type="button" className="button button--quiet repeat-row__remove" onClick={onRemove}>
        Remove document {n}
      </button>
    </div>
  );
}
