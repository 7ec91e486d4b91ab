import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../../../shared/domain/errors';
import type { TransferView } from '../../../../shared/domain/transfers/transfer';
import { heldBackTransferMoves, isTransferReasonRequired } from '../../../../shared/domain/transfers/transfer-machine';
import { TRANSFER_MOVE_LABELS, TRANSFER_STATE_LABELS, type TransferState } from '../../../../shared/domain/transfers/transfer-states';
import { ukLocalToUtcIso } from '../../../../shared/domain/time';
import { ukClockChangeProblem } from '../../../../shared/domain/uk-local-time';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { unreadableDatesIn } from '../../ui/forms/unreadable-date';
import { UkDateTimeInput } from '../../ui/UkDateTimeInput';

/** Only the moves the application can legally make now; each confirmed with a reason (and, for arrival, the time). */
export function TransferMoves({ view, onMoved }: { view: TransferView; onMoved(view: TransferView): void }) {
  const [chosen, setChosen] = useState<TransferState | null>(null);
  const [reason, setReason] = useState('');
  const [arrivedAt, setArrivedAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  // After a move the form and its button are gone: the keyboard goes on from the saved notice.
  const [saved, setSaved] = useState<{ text: string } | null>(null);
  const savedRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);
  // Closing a move's form puts the keyboard back on the move's own button.
  const buttons = useRef(new Map<TransferState, HTMLButtonElement>());
  // Opened by its button, the cursor goes to the move's first field.
  const formRef = useRef<HTMLFormElement>(null);
  useEffect(() => {
    if (chosen) formRef.current?.querySelector<HTMLElement>('input, textarea')?.focus();
  }, [chosen]);
  const close = (to: TransferState) => {
    setChosen(null);
    setErrors({});
    buttons.current.get(to)?.focus();
  };
  const { transfer, allowedMoves } = view;
  const heldBack = heldBackTransferMoves(transfer, new Date().toISOString());
  const savedNotice = saved && (
    <p ref={savedRef} tabIndex={-1} className="banner banner--ok" role="status">
      {saved.text}
    </p>
  );
  if (allowedMoves.length === 0 && heldBack.length === 0) {
    return (
      <>
        {savedNotice}
        <p className="muted">No further steps for this application.</p>
      </>
    );
  }

  async function confirm(to: TransferState, form: HTMLFormElement) {
    const unreadable = unreadableDatesIn(form);
    // A time the clocks skipped, or one that happened twice with no choice made, is never guessed.
    const clockChange = to === 'ARRIVED_UK' ? ukClockChangeProblem(arrivedAt) : null;
    const problems = clockChange ? { arrivedUkAt: clockChange, ...unreadable } : unreadable;
    setErrors(problems);
    if (Object.keys(problems).length) return;
    try {
      const arrivedUkAt = to === 'ARRIVED_UK' && arrivedAt ? (ukLocalToUtcIso(arrivedAt) ?? arrivedAt) : null;
      const moved = await call('transfers.advance', { id: transfer.id, version: transfer.version, to, reason: reason.trim() || null, arrivedUkAt });
      onMoved(moved);
      setChosen(null);
      setReason('');
      setSaved({ text: `Saved. The application is now "${TRANSFER_STATE_LABELS[moved.transfer.state]}".` });
    } catch (error) {
      if (error instanceof AppError && error.issues.length) setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      else setErrors({ '': error instanceof Error ? error.message : 'Could not record this' });
    }
  }

  return (
    <div className="returns-actions">
      {savedNotice}
      <div className="returns-actions__buttons" role="group" aria-label="Next steps">
        {allowedMoves.map((to) => (
          <button
            key={to}
            ref={(button) => {
              if (button) buttons.current.set(to, button);
              else buttons.current.delete(to);
            }}
            type="button"
            className={chosen === to ? 'button button--primary' : 'button'}
            aria-expanded={chosen === to}
            onClick={() => (setChosen(chosen === to ? null : to), setErrors({}), setSaved(null))}
          >
            {TRANSFER_MOVE_LABELS[to]}
          </button>
        ))}
      </div>
      {heldBack.map(({ to, why }) => (
        <p key={to} className="muted" data-testid="held-back-move">
          {TRANSFER_MOVE_LABELS[to]}: {why}{why.includes('check') ? ', with Correct.' : '.'}
        </p>
      ))}
      {chosen && (
        <form
          ref={formRef}
          className="returns-action"
          noValidate
          aria-label={TRANSFER_MOVE_LABELS[chosen]}
          onSubmit={(e) => (e.preventDefault(), void confirm(chosen, e.currentTarget))}
          onKeyDown={(e) => {
            // Escape closes the move unrecorded, as Cancel does.
            if (e.key !== 'Escape' || e.defaultPrevented) return;
            e.preventDefault();
            close(chosen);
          }}
        >
          <h4>{TRANSFER_MOVE_LABELS[chosen]}</h4>
          {errors[''] && (
            <p className="banner banner--error" role="alert">
              Not recorded. {errors['']}
            </p>
          )}
          {chosen === 'ARRIVED_UK' && (
            <Field label="Arrived in the UK at (UK time)" error={errors.arrivedUkAt} hint="Their arrival record (route: safe route) is made from this application">
              <UkDateTimeInput name="arrivedUkAt" value={arrivedAt} onChange={setArrivedAt} />
            </Field>
          )}
          <Field label={isTransferReasonRequired(chosen) ? 'Reason (required)' : 'Reason (optional)'} error={errors.reason}>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              Confirm
            </button>
            <button type="button" className="button button--quiet" onClick={() => close(chosen)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
