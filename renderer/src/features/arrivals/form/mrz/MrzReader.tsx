import { useId, useState } from 'react';
import type { UseFieldArrayReturn } from 'react-hook-form';
import type { ArrivalFormValues } from '../../form-values';
import { useArrivalFormContext } from '../use-arrival-form';
import { parseMrz } from '../../../../../../shared/domain/mrz/parse-mrz';
import { MrzMessages } from './MrzMessages';
import { documentFromMrz, identityFromMrz } from './mrz-to-form';

type Outcome = { errors: string[] } | { filled: string; warnings: string[] };

/**
 * Paste (from a reader) or type the MRZ, then "Read MRZ": the check digits are verified
 * and the document and identity fields filled. Every problem is listed beside the box,
 * naming the line and field, so the officer can compare it with the document.
 */
export function MrzReader({ documents }: { documents: UseFieldArrayReturn<ArrivalFormValues, 'documents'> }) {
  const { getValues, setValue, clearErrors } = useArrivalFormContext();
  const id = useId();
  const [text, setText] = useState('');
  const [outcome, setOutcome] = useState<Outcome | null>(null);

  function read() {
    const result = parseMrz(text.toUpperCase());
    if (!result.ok) return setOutcome({ errors: result.errors.map((e) => e.message) });
    const document = documentFromMrz(result.fields, text.toUpperCase());
    // The same document read again (a second press, or after a restored draft) is filled in
    // again, not added twice; otherwise the last document if it is still blank, or a new one.
    const rows = getValues('documents');
    const same = rows.findIndex((row) => row.number.trim().toUpperCase() === document.number);
    const last = rows.length - 1;
    if (same >= 0) documents.update(same, document);
    else if (last >= 0 && !rows[last]!.number.trim()) documents.update(last, document);
    else documents.append(document, { shouldFocus: false });
    const identity = identityFromMrz(result.fields);
    for (const [field, value] of Object.entries(identity) as [keyof typeof identity, string][]) {
      if (value) setValue(field, value, { shouldDirty: true });
    }
    if (identity.dateOfBirth) setValue('dateOfBirthPrecision', 'EXACT', { shouldDirty: true });
    clearErrors(['familyName', 'givenNames', 'nationality', 'dateOfBirth', 'sex', 'documents']);
    setOutcome({ filled: `Read a ${result.format} document ${document.number}: document, name, nationality, date of birth and sex filled. Check them against the document.`, warnings: result.warnings.map((w) => w.message) });
  }

  return (
    <div className={outcome && 'errors' in outcome ? 'mrz field field--invalid' : 'mrz field'}>
      <label htmlFor={id}>Paste or type the MRZ</label>
      <textarea
        id={id}
        className="mono mrz__text"
        rows={3}
        spellCheck={false}
        autoComplete="off"
        value={text}
        aria-invalid={outcome && 'errors' in outcome ? true : undefined}
        aria-describedby={`${id}-messages`}
        onChange={(e) => setText(e.target.value)}
      />
      <div className="mrz__actions">
        <button type="button" className="button" onClick={read} disabled={!text.trim()}>
          Read MRZ
        </button>
      </div>
      <MrzMessages id={`${id}-messages`} outcome={outcome} />
    </div>
  );
}
