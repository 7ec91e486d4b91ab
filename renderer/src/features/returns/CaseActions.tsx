import { useRef } from 'react';
import type { Output } from '../../../../shared/api';
import { caseEventLabel, type CaseEventType } from '../../../../shared/domain/returns/case-states';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { ActionForm } from './ActionForm';
import type { ChosenAction } from './action-values';
import { useSessionStore } from '../../app/session-store';
import { refusalFor } from '../../../../shared/domain/role-refusals';

interface CaseActionsProps {
  view: ReturnsCaseView;
  /** The action whose form is open: held by the panel, which can also open one from a notice. */
  chosen: ChosenAction | null;
  onChoose(action: ChosenAction | null): void;
  onApplied(outcome: Output<'returns.applyEvent'>): void;
  onReload(): void;
}

/** Only the moves the case can legally make now, as buttons; the eligibility check has its own checklist. */
export function CaseActions({ view, chosen: open, onChoose, onApplied, onReload }: CaseActionsProps) {
  const chosen = open?.type ?? null;
  const setChosen = (type: CaseEventType | null) => onChoose(type ? { type } : null);
  // Closing a step's form puts the keyboard back on the step's own button, not at the top of the page.
  const buttons = useRef(new Map<CaseEventType, HTMLButtonElement>());
  const close = (type: CaseEventType) => {
    setChosen(null);
    buttons.current.get(type)?.focus();
  };
  const role = useSessionStore((s) => s.status?.officer?.role ?? null);
  // A supervisor's decision (shared/domain/roles.ts) is shown to an officer, disabled, with why.
  const refusalOf = (type: CaseEventType) => refusalFor(role, 'returns.applyEvent', { event: { type } });
  const refusals = [...new Set(view.allowedEvents.filter((e) => e !== 'CHECK_ELIGIBILITY').map(refusalOf).filter((r): r is string => r !== null))];
  const record = view.case!;
  const events: CaseEventType[] = view.allowedEvents.filter((e) => e !== 'CHECK_ELIGIBILITY');
  const limit = view.deadlines.find((d) => d.kind === 'PROCESS_LIMIT');
  if (events.length === 0) {
    return <p className="muted">{view.allowedEvents.length ? 'Record the eligibility check above to go on.' : 'No further steps: the case is closed.'}</p>;
  }
  return (
    <div className="returns-actions">
      <div className="returns-actions__buttons" role="group" aria-label="Next steps">
        {events.map((e) => (
          <button
            key={e}
            ref={(button) => {
              if (button) buttons.current.set(e, button);
              else buttons.current.delete(e);
            }}
            type="button"
            className={chosen === e ? 'button button--primary' : 'button'}
            aria-expanded={chosen === e}
            disabled={refusalOf(e) !== null}
            title={refusalOf(e) ?? undefined}
            onClick={() => setChosen(chosen === e ? null : e)}
          >
            {caseEventLabel(e, record.state)}
          </button>
        ))}
      </div>
      {refusals.map((r) => (
        <p key={r} className="role-note" role="note">
          {r}
        </p>
      ))}
      {chosen && events.includes(chosen) && refusalOf(chosen) === null && (
        <ActionForm
          key={`${chosen}:${record.version}:${open?.initial ? 'filled' : 'empty'}`}
          type={chosen}
          initial={open?.initial}
          record={record}
          limitText={limit ? formatUkDateTime(limit.due) : null}
          onApplied={(outcome) => {
            setChosen(null);
            onApplied(outcome);
          }}
          onCancel={() => close(chosen)}
          onReload={() => {
            setChosen(null);
            onReload();
          }}
        />
      )}
    </div>
  );
}
