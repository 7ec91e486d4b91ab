import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Interception, InterceptionFields } from '../../../../../shared/domain/interception';
import { AppError } from '../../../../../shared/domain/errors';
import { call } from '../../../api/client';
import { showServerIssues } from '../../../ui/forms/server-issues';
import type { InterceptionFormValues } from '../form-values';

/**
 * Creates a new interception, or corrects `existing` against the version the officer
 * opened. The engine checks again what the form checked: its messages land beside the
 * same fields; a CONFLICT means someone else saved first.
 */
export function useSaveInterception(existing: Interception | null, form: Pick<UseFormReturn<InterceptionFormValues>, 'setError' | 'getValues'>) {
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  async function save(input: InterceptionFields): Promise<Interception | null> {
    setFailure(null);
    setConflict(false);
    try {
      return existing
        ? await call('interceptions.update', { id: existing.id, version: existing.version, changes: input })
        : await call('interceptions.create', input);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') setConflict(true);
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, form.setError, { values: form.getValues(), prefix: 'changes.' });
        // Issues with no field on this form are said in the banner, never dropped.
        setFailure(unplaced.length ? unplaced.map((i) => i.message).join(' ') : 'Some answers need correcting: see the message beside each one.');
        return null;
      }
      setFailure(error instanceof Error ? error.message : 'Could not save');
      return null;
    }
  }

  return { save, failure, conflict };
}
