import { useCallback } from 'react';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { call } from '../../api/client';
import { useLoaded } from '../../ui/use-loaded';

/**
 * The person's returns case as the engine sees it now. `replace` takes the view an action
 * returned (no second round trip); a view for another person is never shown under this one.
 */
export function useReturnsCase(arrivalId: string) {
  const { data: view, error, reload, replace: replaceFor } = useLoaded(arrivalId, () => call('returns.get', { arrivalId }), 'Could not load the returns case');
  const replace = useCallback((next: ReturnsCaseView) => replaceFor(next.person.arrivalId, next), [replaceFor]);
  return { view, error, reload, replace };
}
