import { call } from '../../api/client';
import { useLoaded } from '../../ui/use-loaded';

/** Loads one interception; `reload` fetches it again (after a conflict, or another save). */
export function useInterception(id: string) {
  const { data: record, error, reload } = useLoaded(id, () => call('interceptions.get', { id }), 'Could not open the interception');
  return { record, error, reload };
}
