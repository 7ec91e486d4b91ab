import { useCallback, useEffect, useState } from 'react';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { call } from '../../api/client';

/**
 * The person's returns case as the engine sees it now. `replace` takes the view an action
 * returned (no second round trip); a view for another person is never shown under this one.
 */
export function useReturnsCase(arrivalId: string) {
  const [state, setState] = useState<{ arrivalId: string; view: ReturnsCaseView | null; error: string | null }>({ arrivalId: '', view: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    call('returns.get', { arrivalId }).then(
      (view) => live && setState({ arrivalId, view, error: null }),
      (e: unknown) => live && setState({ arrivalId, view: null, error: e instanceof Error ? e.message : 'Could not load the returns case' }),
    );
    return () => {
      live = false;
    };
  }, [arrivalId, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((view: ReturnsCaseView) => setState({ arrivalId: view.person.arrivalId, view, error: null }), []);
  const current = state.arrivalId === arrivalId;
  return { view: current ? state.view : null, error: current ? state.error : null, reload, replace };
}
