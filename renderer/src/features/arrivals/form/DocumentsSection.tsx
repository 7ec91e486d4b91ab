import { useRef } from 'react';
import { useFieldArray } from 'react-hook-form';
import { FormSection } from '../../../ui/FormSection';
import { emptyDocument } from '../form-values';
import { DocumentFields } from './DocumentFields';
import { MrzReader } from './mrz/MrzReader';
import { useArrivalFormContext } from './use-arrival-form';

const MAX_DOCUMENTS = 10;

export function DocumentsSection() {
  const { control, errors } = useArrivalFormContext();
  const documents = useFieldArray({ control, name: 'documents' });
  const addButton = useRef<HTMLButtonElement>(null);
  const count = documents.fields.length;
  return (
    <FormSection title="Documents" hint="Read the machine-readable zone when there is one: it fills the fields and checks the check digits.">
      <MrzReader documents={documents} />
      <h3 className="subgroup__title">Documents ({count})</h3>
      {count === 0 && <p className="muted">No document recorded.</p>}
      {documents.fields.map((field, index) => (
        <DocumentFields
          key={field.id}
          index={index}
          onRemove={() => {
            documents.remove(index);
            addButton.current?.focus();
          }}
        />
      ))}
      {errors.documents?.message && (
        <p className="field__error" role="alert">
          {errors.documents.message}
        </p>
      )}
      <button ref={addButton} type="button" className="button" disabled={count >= MAX_DOCUMENTS} onClick={() => documents.append(emptyDocument(), { shouldFocus: true })}>
        {count >= MAX_DOCUMENTS ? `At most ${MAX_DOCUMENTS} documents` : 'Add a document'}
      </button>
    </FormSection>
  );
}
