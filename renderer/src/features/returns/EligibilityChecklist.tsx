import { useState } from 'react';
import type { z } from 'zod';
import { FormProvider, useForm } from 'react-hook-form';
import { AppError } from '../../../../shared/domain/errors';
import { ELIGIBILITY_CONDITIONS } from '../../../../shared/domain/returns/eligibility-conditions';
import { RecordEligibilityInput, type ReturnsCaseRecord, type ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { showServerIssues } from '../../ui/forms/server-issues';
import { checklistValues, toChecklistInput, type ChecklistValues } from './checklist-values';
import { AssessedAtField } from './AssessedAtField';
import { ConditionFields } from './ConditionFields';
import { BusyButton } from '../../ui/BusyButton';

// The contract's own schema, less the case's id and version: the same words as the engine, beside the same fields.
const ChecklistInput = RecordEligibilityInput.omit({ id: true, version: true });
const resolver = schemaResolver(ChecklistInput, toChecklistInput);
type Checklist = z.output<typeof ChecklistInput>;

interface EligibilityChecklistProps {
  record: ReturnsCaseRecord;
  onSaved(view: ReturnsCaseView): void;
}

/**
 * The treaty conditions, one by one, and when the check was made if that was earlier (a case
 * entered from paper notes). Saving records the eligibility check: the engine weighs the
 * recorded conditions with the person's record, as at that time, and the result moves the case.
 */
export function EligibilityChecklist({ record, onSaved }: EligibilityChecklistProps) {
  const form = useForm<ChecklistValues, unknown, Checklist>({ defaultValues: checklistValues(record), resolver, shouldFocusError: true });
  const [failure, setFailure] = useState<string | null>(null);

  async function save(checklist: Checklist) {
    setFailure(null);
    try {
      onSaved(await call('returns.recordEligibility', { id: record.id, version: record.version, ...checklist }));
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, form.setError, { values: form.getValues() });
        setFailure(unplaced.length ? unplaced.map((i) => i.message).join(' ') : 'Check the answers marked in red.');
      } else {
        setFailure(error instanceof Error ? error.message : 'Could not save the eligibility check');
      }
    }
  }

  return (
    <FormProvider {...form}>
      <form className="returns-checklist" onSubmit={(e) => void form.handleSubmit(save)(e)} noValidate aria-label="Eligibility checklist">
        <p className="muted">
          Record each condition of the treaty as met, not met or unknown. A condition not met needs a note. Leave one &quot;not recorded&quot; to let the
          person&apos;s record decide it.
        </p>
        <ErrorBanner message={failure} />
        {ELIGIBILITY_CONDITIONS.map((c) => (
          <ConditionFields key={c} condition={c} />
        ))}
        <AssessedAtField times={record} />
        <div className="form__actions">
          <BusyButton type="submit" className="button button--primary" busy={form.formState.isSubmitting}>
            Save the eligibility check
          </BusyButton>
        </div>
      </form>
    </FormProvider>
  );
}
