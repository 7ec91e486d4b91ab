import { useState } from 'react';
import type { UseFormGetValues, UseFormSetError } from 'react-hook-form';
import type { Arrival, ArrivalFields } from '../../../../../shared/domain/arrival';
import { AppError } from '../../../../../shared/domain/errors';
import { call } from '../../../api/client';
import { showServerIssues } from '../../../ui/forms/server-issues';
import type { ArrivalFormValues } from '../form-values';

/**
 * Creates a person, or corrects `existing` against the version the officer opened. The
 * engine checks again what the form checked: its messages land beside the same fields; a
 * CONFLICT means someone else saved first.
 */
export function useSaveArrival(existing: Arrival | null, setError: UseFormSetError<ArrivalFormValues>, getValues: UseFormGetValues<ArrivalFormValues>) {
  const [failure, setFailure] = useState<string | null>(null);
  const [conflict, setConflict] = useState(false);

  async function save(input: ArrivalFields): Promise<Arrival | null> {
    setFailure(null);
    setConflict(false);
    try {
      return existing ? await call('arrivals.update', { id: existing.id, version: existing.version, changes: input }) : await call('arrivals.create', input);
    } catch (error) {
      if (error instanceof AppError && error.code === 'CONFLICT') setConflict(true);
      let message = error instanceof Error ? error.message : 'Could not save';
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, setError, { values: getValues(), prefix: 'changes.' });
        message = unplaced.length ? unplaced.map((i) => i.message).join('. ') : 'Not saved: see the fields marked below.';
      }
      setFailure(message);
      return null;
    }
  }

  return { save, failure, conflict };
}
