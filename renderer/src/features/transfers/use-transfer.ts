import { useCallback } from 'react';
import type { TransferView } from '../../../../shared/domain/transfers/transfer';
import { call } from '../../api/client';
import { useLoaded } from '../../ui/use-loaded';

/** One transfer and its legal moves; `replace` takes the view a save returned; `reload` fetches again. */
export function useTransfer(id: string) {
  const { data: view, error, reload, replace: replaceFor } = useLoaded(id, () => call('transfers.get', { id }), 'Could not open the transfer');
  const replace = useCallback((next: TransferView) => replaceFor(next.transfer.id, next), [replaceFor]);
  return { view, error, reload, replace };
}
