import { useEffect, useRef, useState } from 'react';
import { AppError } from '../../../../shared/domain/errors';
import { DecideMatchInput, type MatchDecision, type MatchDecisionValue } from '../../../../shared/domain/matching/prior-crossing';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { BusyButton } from '../../ui/BusyButton';

interface DecisionFormProps {
  subjectId: string;
  candidateId: string;
  /** Opened by the officer's own press: the cursor starts in the note. */
  focusNote?: boolean;
  onDecided(decision: MatchDecision): void;
}

/**
 * Confirm or dismiss one proposed match, always with a note: what was checked and what the
 * person said. The note is checked with the contract's own schema, so the message beside
 * it is the one the engine would give; the decision is recorded, audited and synced.
 */
export function DecisionForm({ subjectId, candidateId, focusNote = false, onDecided }: DecisionFormProps) {
  const [note, setNote] = useState('');
  const [noteError, setNoteError] = useState<string | undefined>();
  const [failure, setFailure] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const noteRef = useRef<HTMLTextAreaElement>(null);
  useEffect(() => {
    if (focusNote) noteRef.current?.focus();
  }, [focusNote]);
  const refuseNote = (message: string) => {
    setNoteError(message);
    noteRef.current?.focus();
  };

  async function decide(decision: MatchDecisionValue) {
    setFailure(null);
    const parsed = DecideMatchInput.safeParse({ subjectId, candidateId, decision, note });
    if (!parsed.success) {
      refuseNote(parsed.error.issues.find((i) => i.path[0] === 'note')?.message ?? 'Check the note');
      return;
    }
    setNoteError(undefined);
    setSaving(true);
    try {
      onDecided(await call('matching.decide', parsed.data));
    } catch (error) {
      const issue = error instanceof AppError ? error.issues?.find((i) => i.path === 'note') : undefined;
      if (issue) refuseNote(issue.message);
      else setFailure(error instanceof Error ? error.message : 'The decision was not recorded');
    } finally {
      setSaving(false);
    }
  }

  return (
    <form className="match-decision" noValidate onSubmit={(e) => e.preventDefault()}>
      <ErrorBanner message={failure && `Not recorded. ${failure}`} />
      <Field label="Note" error={noteError} hint="Required: what you checked, and what the person said.">
        <textarea ref={noteRef} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </Field>
      <div className="form__actions">
        <BusyButton type="button" className="button button--primary" busy={saving} onClick={() => void decide('CONFIRMED')}>
          Confirm match
        </BusyButton>
        <BusyButton type="button" className="button" busy={saving} onClick={() => void decide('DISMISSED')}>
          Dismiss
        </BusyButton>
      </div>
    </form>
  );
}
