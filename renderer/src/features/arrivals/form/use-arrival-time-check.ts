import { useWatch } from 'react-hook-form';
import { arrivalBeforeBoatProblem, arrivalLongAfterBoatWarning, type BoatTimes } from '../../../../../shared/domain/arrival-boat-time';
import { ukLocalToUtcIso } from '../../../../../shared/domain/time';
import { call } from '../../../api/client';
import { useLoaded } from '../../../ui/use-loaded';
import { useArrivalFormContext } from './use-arrival-form';

/**
 * The arrival time against the linked boat's times, said while it is typed: the engine's own
 * refusal (before the boat was detected) and the warning (long after it landed). A boat not
 * on this device, or not yet looked up, says nothing here; the engine still checks on save.
 */
export function useArrivalTimeCheck(): { problem: string | null; warning: string | null } {
  const { control } = useArrivalFormContext();
  const [interceptionId, arrivedAt] = useWatch({ control, name: ['interceptionId', 'arrivedAt'] });
  const { data: boat } = useLoaded<BoatTimes | null>(interceptionId, () => (interceptionId ? call('interceptions.get', { id: interceptionId }).catch(() => null) : Promise.resolve(null)));
  const at = arrivedAt ? (ukLocalToUtcIso(arrivedAt) ?? null) : null;
  if (!boat || !at) return { problem: null, warning: null };
  const problem = arrivalBeforeBoatProblem(at, boat);
  return { problem, warning: problem ? null : arrivalLongAfterBoatWarning(at, boat) };
}
