import { useEffect, useMemo, useRef, useState } from 'react';
import { FormProvider, useForm } from 'react-hook-form';
import type { z } from 'zod';
import { AppError } from '../../../../shared/domain/errors';
import { caseEventLabel, type CaseEventType } from '../../../../shared/domain/returns/case-states';
import { ApplyReturnsEventInput, type ReturnsCaseRecord } from '../../../../shared/domain/returns/returns-case-record';
import type { Output } from '../../../../shared/api';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { schemaResolver } from '../../ui/forms/schema-resolver';
import { showServerIssues } from '../../ui/forms/server-issues';
import { ActionFields } from './ActionFields';
import { emptyAction, reasonLabel, toEventInput, type ActionValues } from './action-values';
import { BusyButton } from '../../ui/BusyButton';

interface ActionFormProps {
  type: CaseEventType;
  record: ReturnsCaseRecord;
  limitText: string | null;
  /** Values it opens with (a barrier filled in from a notice); otherwise empty. */
  initial?: ActionValues | undefined;
  onApplied(outcome: Output<'returns.applyEvent'>): void;
  onCancel(): void;
  onReload(): void;
}

/**
 * One chosen action, confirmed before it is recorded: its details, the reason, and the
 * engine's answer. A refusal (the case cannot move that way now) is said in the machine's
 * own words; a problem with what was typed is said beside that field.
 */
export function ActionForm({ type, record, limitText, initial, onApplied, onCancel, onReload }: ActionFormProps) {
  const resolver = useMemo(() => schemaResolver(ApplyReturnsEventInput, (v: ActionValues) => toEventInput(type, record, v)), [type, record]);
  const form = useForm<ActionValues, unknown, z.output<typeof ApplyReturnsEventInput>>({ defaultValues: initial ?? emptyAction(), resolver, shouldFocusError: true });
  const { setFocus } = form;
  const formRef = useRef<HTMLFormElement>(null);
  // Opened from a notice, the form may be far down the page: the reason it was filled with is where to look.
  // Opened by its step's button, the cursor goes to the step's first field.
  useEffect(() => {
    if (initial) setFocus('reason');
    else formRef.current?.querySelector<HTMLElement>('input, select, textarea')?.focus();
  }, [initial, setFocus]);
  const [refusal, setRefusal] = useState<{ message: string; stale: boolean } | null>(null);

  async function apply(input: z.output<typeof ApplyReturnsEventInput>) {
    setRefusal(null);
    try {
      onApplied(await call('returns.applyEvent', input));
    } catch (error) {
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, form.setError, { values: form.getValues() });
        if (unplaced.length) setRefusal({ message: unplaced.map((i) => i.message).join(' '), stale: false });
        return;
      }
      const message = error instanceof Error ? error.message : 'Could not record this';
      setRefusal({ message, stale: message.includes('changed since you opened it') });
    }
  }

  const headingId = `action-${type}`;
  return (
    <FormProvider {...form}>
      <form
        ref={formRef}
        className="returns-action"
        onSubmit={(e) => void form.handleSubmit(apply)(e)}
        onKeyDown={(e) => {
          // Escape closes the step unrecorded, as Cancel does.
          if (e.key !== 'Escape' || e.defaultPrevented) return;
          e.preventDefault();
          onCancel();
        }}
        noValidate
        aria-labelledby={headingId}
      >
        <h4 id={headingId}>{caseEventLabel(type, record.state)}</h4>
        {refusal && (
          <div className="banner banner--error banner--with-action" role="alert">
            <span>Not recorded. {refusal.message}</span>
            {refusal.stale && (
              <button type="button" className="button" onClick={onReload}>
                Reload
              </button>
            )}
          </div>
        )}
        <ActionFields type={type} caseId={record.id} times={record} activeBarriers={record.activeBarriers} limitText={limitText} />
        <Field label={reasonLabel(type)} error={form.formState.errors.reason?.message}>
          <textarea rows={2} {...form.register('reason')} />
        </Field>
        <div className="form__actions">
          <BusyButton type="submit" className="button button--primary" busy={form.formState.isSubmitting}>
            Confirm
          </BusyButton>
          <button type="button" className="button button--quiet" onClick={onCancel}>
            Cancel
          </button>
        </div>
      </form>
    </FormProvider>
  );
}
