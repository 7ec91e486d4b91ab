import { useState } from 'react';
import type { UseFormReturn } from 'react-hook-form';
import type { Arrival, ArrivalFields } from '../../../../../shared/domain/arrival';
import { AppError } from '../../../../../shared/domain/errors';
import { call } from '../../../api/client';
import { showServerIssues } from '../../../ui/forms/server-issues';
import { giveFamilyGroup } from './join-family';
import type { BoatContext, NextPersonValues } from './next-person-values';

interface SaveCallbacks {
  /** The previous person changed (they joined a new family group). */
  onPreviousChanged(person: Arrival): void;
  onSaved(person: Arrival): void;
}

/** Saves one person from the row, finalised; the engine's objections land beside the row's fields. */
export function useSaveNextPerson(form: UseFormReturn<NextPersonValues, BoatContext, ArrivalFields>, previous: Arrival | null, callbacks: SaveCallbacks) {
  const [failure, setFailure] = useState<string | null>(null);

  /** The previous person joins the group first, so a failure here leaves nothing half done. */
  async function joinPrevious(familyGroupId: string | null): Promise<boolean> {
    if (!previous || !familyGroupId || previous.familyGroupId === familyGroupId) return true;
    try {
      callbacks.onPreviousChanged(await giveFamilyGroup(previous, familyGroupId));
      return true;
    } catch (error) {
      setFailure(`Could not put ${previous.reference} in the same family group: ${error instanceof Error ? error.message : 'unknown error'}`);
      return false;
    }
  }

  async function save(input: ArrivalFields): Promise<Arrival | null> {
    setFailure(null);
    if (!(await joinPrevious(input.familyGroupId))) return null;
    try {
      const saved = await call('arrivals.create', input);
      callbacks.onSaved(saved);
      return saved;
    } catch (error) {
      let message = error instanceof Error ? error.message : 'Could not save';
      if (error instanceof AppError && error.code === 'VALIDATION') {
        const unplaced = showServerIssues(error.issues, form.setError, { values: form.getValues() });
        message = unplaced.length ? unplaced.map((i) => i.message).join('. ') : 'Not saved: see the fields marked below.';
      }
      setFailure(message);
      return null;
    }
  }

  return { save, failure };
}
