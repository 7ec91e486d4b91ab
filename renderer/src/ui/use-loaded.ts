import { useCallback, useEffect, useState } from 'react';

interface Loaded<T> {
  data: T | null;
  error: string | null;
  /** Loads again (after a conflict, or to see someone else's change). */
  reload(): void;
  /** Takes the data an action answered with for `key` (no second round trip). */
  replace(key: string, data: T): void;
}

/**
 * Runs `load` when `key` changes and keeps its answer; an answer for an older key is
 * dropped, so a slow response never shows the wrong person. `error` is a sentence for the
 * officer (`failure` when the failure carries none).
 */
export function useLoaded<T>(key: string, load: () => Promise<T>, failure = 'Could not load'): Loaded<T> {
  const [state, setState] = useState<{ key: string; data: T | null; error: string | null }>({ key: '', data: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    load().then(
      (data) => live && setState({ key, data, error: null }),
      (e: unknown) => live && setState({ key, data: null, error: e instanceof Error ? e.message : failure }),
    );
    return () => {
      live = false;
    };
    // `load` is recreated every render; `key` and `round` say when to load again.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((forKey: string, data: T) => setState({ key: forKey, data, error: null }), []);
  const current = state.key === key;
  return { data: current ? state.data : null, error: current ? state.error : null, reload, replace };
}
