import { useState } from 'react';
import { AppError } from '../../../../shared/domain/errors';
import type { TransferView } from '../../../../shared/domain/transfers/transfer';
import { heldBackTransferMoves, isTransferReasonRequired } from '../../../../shared/domain/transfers/transfer-machine';
import { TRANSFER_MOVE_LABELS, type TransferState } from '../../../../shared/domain/transfers/transfer-states';
import { ukLocalToUtcIso } from '../../../../shared/domain/time';
import { call } from '../../api/client';
import { Field } from '../../ui/Field';
import { unreadableDatesIn } from '../../ui/forms/unreadable-date';

/** Only the moves the application can legally make now; each confirmed with a reason (and, for arrival, the time). */
export function TransferMoves({ view, onMoved }: { view: TransferView; onMoved(view: TransferView): void }) {
  const [chosen, setChosen] = useState<TransferState | null>(null);
  const [reason, setReason] = useState('');
  const [arrivedAt, setArrivedAt] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const { transfer, allowedMoves } = view;
  const heldBack = heldBackTransferMoves(transfer, new Date().toISOString());
  if (allowedMoves.length === 0 && heldBack.length === 0) return <p className="muted">No further steps for this application.</p>;

  async function confirm(to: TransferState, form: HTMLFormElement) {
    const unreadable = unreadableDatesIn(form);
    setErrors(unreadable);
    if (Object.keys(unreadable).length) return;
    try {
      const arrivedUkAt = to === 'ARRIVED_UK' && arrivedAt ? (ukLocalToUtcIso(arrivedAt) ?? arrivedAt) : null;
      onMoved(await call('transfers.advance', { id: transfer.id, version: transfer.version, to, reason: reason.trim() || null, arrivedUkAt }));
      setChosen(null);
      setReason('');
    } catch (error) {
      if (error instanceof AppError && error.issues.length) setErrors(Object.fromEntries(error.issues.map((i) => [i.path, i.message])));
      else setErrors({ '': error instanceof Error ? error.message : 'Could not record this' });
    }
  }

  return (
    <div className="returns-actions">
      <div className="returns-actions__buttons" role="group" aria-label="Next steps">
        {allowedMoves.map((to) => (
          <button key={to} type="button" className={chosen === to ? 'button button--primary' : 'button'} aria-expanded={chosen === to} onClick={() => (setChosen(chosen === to ? null : to), setErrors({}))}>
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
        <form className="returns-action" noValidate aria-label={TRANSFER_MOVE_LABELS[chosen]} onSubmit={(e) => (e.preventDefault(), void confirm(chosen, e.currentTarget))}>
          <h4>{TRANSFER_MOVE_LABELS[chosen]}</h4>
          {errors[''] && (
            <p className="banner banner--error" role="alert">
              Not recorded. {errors['']}
            </p>
          )}
          {chosen === 'ARRIVED_UK' && (
            <Field label="Arrived in the UK at (UK time)" error={errors.arrivedUkAt} hint="Their arrival record (route: safe route) is made from this application">
              <input type="datetime-local" name="arrivedUkAt" value={arrivedAt} onChange={(e) => setArrivedAt(e.target.value)} />
            </Field>
          )}
          <Field label={isTransferReasonRequired(chosen) ? 'Reason (required)' : 'Reason (optional)'} error={errors.reason}>
            <textarea rows={2} value={reason} onChange={(e) => setReason(e.target.value)} />
          </Field>
          <div className="form__actions">
            <button type="submit" className="button button--primary">
              Confirm
            </button>
            <button type="button" className="button button--quiet" onClick={() => setChosen(null)}>
              Cancel
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
