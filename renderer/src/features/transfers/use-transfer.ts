import { useCallback, useEffect, useState } from 'react';
import type { TransferView } from '../../../../shared/domain/transfers/transfer';
import { call } from '../../api/client';

/** One transfer and its legal moves; `replace` takes the view a save returned; `reload` fetches again. */
export function useTransfer(id: string) {
  const [state, setState] = useState<{ id: string; view: TransferView | null; error: string | null }>({ id: '', view: null, error: null });
  const [round, setRound] = useState(0);
  useEffect(() => {
    let live = true;
    call('transfers.get', { id }).then(
      (view) => live && setState({ id, view, error: null }),
      (e: unknown) => live && setState({ id, view: null, error: e instanceof Error ? e.message : 'Could not open the transfer' }),
    );
    return () => {
      live = false;
    };
  }, [id, round]);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  const replace = useCallback((view: TransferView) => setState({ id: view.transfer.id, view, error: null }), []);
  const current = state.id === id;
  return { view: current ? state.view : null, error: current ? state.error : null, reload, replace };
}
