import { useState } from 'react';
import { useController } from 'react-hook-form';
import { call } from '../../../api/client';
import { Field } from '../../../ui/Field';
import { useArrivalFormContext } from './use-arrival-form';

/**
 * Officers know a boat by its reference (read over the radio), not by its record id: the
 * reference typed here is looked up on this device and the interception's id is kept.
 */
export function InterceptionLinkField({ initialReference }: { initialReference: string }) {
  const { control, setError, clearErrors } = useArrivalFormContext();
  const {
    field: { onChange, onBlur, ref: inputRef },
    fieldState,
  } = useController({ control, name: 'interceptionId' });
  const [reference, setReference] = useState(initialReference);
  const [linked, setLinked] = useState(initialReference);

  async function lookUp() {
    const wanted = reference.trim().toUpperCase();
    if (wanted === linked) return;
    if (!wanted) {
      onChange('');
      setLinked('');
      return clearErrors('interceptionId');
    }
    const found = await call('interceptions.list', { reference: wanted, limit: 5 }).catch(() => null);
    const boat = found?.items.find((i) => i.reference === wanted);
    onChange(boat?.id ?? '');
    setLinked(boat ? wanted : '');
    if (boat) clearErrors('interceptionId');
    else setError('interceptionId', { type: 'lookup', message: found ? 'No interception with that reference on this device' : 'Could not look the reference up' });
  }

  return (
    <Field label="Interception reference" error={fieldState.error?.message} hint={linked ? `Linked to ${linked}` : 'For a small-boat arrival, e.g. WJF-K7M3Q-0042'}>
      <input
        ref={inputRef}
        name="interceptionId"
        autoComplete="off"
        spellCheck={false}
        value={reference}
        onChange={(e) => setReference(e.target.value)}
        onBlur={() => {
          onBlur();
          void lookUp();
        }}
      />
    </Field>
  );
}
