import { useCallback, useEffect, useState } from 'react';
import type { Interception } from '../../../../shared/domain/interception';
import { call } from '../../api/client';

/** Loads one interception; `reload` fetches it again (after a conflict, or another save). */
export function useInterception(id: string) {
  const [record, setRecord] = useState<Interception | null>(null);
  const [error, setError] = useState<{ id: string; message: string } | null>(null);
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    let current = true;
    call('interceptions.get', { id }).then(
      (loaded) => current && setRecord(loaded),
      (e: unknown) => current && setError({ id, message: e instanceof Error ? e.message : 'Could not open the interception' }),
    );
    return () => {
      current = false;
    };
  }, [id, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  // Never show one record under another's address while the new one loads.
  return {
    record: record?.id === id ? record : null,
    error: error?.id === id ? error.message : null,
    reload,
  };
}
