import { useEffect, useRef, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { ArrivalInput, type Arrival, type ArrivalFields } from '../../../../../shared/domain/arrival';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { DraftRestoredBanner } from '../../../ui/forms/DraftRestoredBanner';
import { schemaResolver } from '../../../ui/forms/schema-resolver';
import { useFormDraft } from '../../../ui/forms/use-form-draft';
import { useSyncStore } from '../../sync/sync-store';
import { NextPersonFields } from './NextPersonFields';
import { BOAT_LEVEL_FIELDS, nextPersonValues, toNextPersonInput, type BoatContext, type NextPersonValues } from './next-person-values';
import { useSaveNextPerson } from './use-save-next-person';
import { useHandOverRow, type HandOverRow } from './use-hand-over-row';
import { BusyButton } from '../../../ui/BusyButton';
import { personName } from '../../../../../shared/domain/person-name';

/** The shared schema, checking the row together with the boat's facts (passed as react-hook-form's context). */
const resolver: Resolver<NextPersonValues, BoatContext, ArrivalFields> = (values, context, options) =>
  schemaResolver(ArrivalInput, (v: NextPersonValues) => toNextPersonInput(v, context!))(values, context, options);

/** Enter anywhere in the row saves (buttons and open pickers handle their own Enter). */
function saveOnEnter(event: KeyboardEvent<HTMLFormElement>) {
  const target = event.target as HTMLElement;
  if (event.key !== 'Enter' || event.defaultPrevented || target instanceof HTMLButtonElement || target instanceof HTMLTextAreaElement) return;
  event.preventDefault();
  event.currentTarget.requestSubmit();
}

interface NextPersonFormProps extends BoatContext {
  previous: Arrival | null;
  onPreviousChanged(person: Arrival): void;
  onSaved(person: Arrival): void;
  /** Set here: hands what is typed to the full form ("Record with every field"). */
  handOverRef: HandOverRow;
}

export function NextPersonForm({ boat, site, previous, onPreviousChanged, onSaved, handOverRef }: NextPersonFormProps) {
  const refreshSync = useSyncStore((s) => s.refresh);
  const form = useForm<NextPersonValues, BoatContext, ArrivalFields>({
    defaultValues: nextPersonValues(previous),
    resolver,
    context: { boat, site },
    shouldFocusError: true,
  });
  const [lastSaved, setLastSaved] = useState<{ text: string; count: number } | null>(null);
  const { save, failure } = useSaveNextPerson(form, previous, { onPreviousChanged, onSaved });
  const draft = useFormDraft(`boat-person:${boat.id}`, form);
  useHandOverRow(handOverRef, form, draft, { boat, site });
  const { setFocus, reset } = form;
  // On opening, and after each save: reset() re-registers the fields, so focus waits for that render.
  const saves = lastSaved?.count ?? 0;
  useEffect(() => setFocus('familyName'), [setFocus, saves]);

  const onValid = async (input: ArrivalFields) => {
    const saved = await save(input);
    if (!saved) return;
    await draft.saved();
    void refreshSync();
    setLastSaved({ text: `Saved ${saved.reference}: ${personName(saved)}. Next person.`, count: saves + 1 });
    reset(nextPersonValues(saved));
  };

  // Enter pressed twice before the first save returned (a glove, a bouncing key) saved the
  // same person twice: a second press waits for the first, which then starts a new row.
  const saving = useRef(false);
  const submitOnce = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (saving.current) return;
    saving.current = true;
    void form.handleSubmit(onValid)(event).finally(() => {
      saving.current = false;
    });
  };

  const errors = form.formState.errors as Record<string, { message?: string } | undefined>;
  const boatProblems = BOAT_LEVEL_FIELDS.map((f) => errors[f]?.message).filter(Boolean);
  return (
    <form className="form form--quick" noValidate aria-labelledby="next-person-title" onKeyDown={saveOnEnter} onSubmit={submitOnce}>
      <h2 id="next-person-title">Next person</h2>
      <DraftRestoredBanner draft={draft} />
      <ErrorBanner message={boatProblems.length ? `The interception is not complete enough to record people: ${boatProblems.join('; ')}. Correct the interception first.` : failure} />
      <NextPersonFields form={form} previous={previous} />
      <div className="form__actions">
        <BusyButton type="submit" className="button button--primary" busy={form.formState.isSubmitting}>
          {form.formState.isSubmitting ? 'Saving…' : 'Save person (Enter)'}
        </BusyButton>
        <p role="status" className="inline-ok">
          {lastSaved?.text}
        </p>
      </div>
    </form>
  );
}
