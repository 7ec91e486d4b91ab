import type { Arrival, ArrivalInput } from '../../../../../shared/domain/arrival';
import { call } from '../../../api/client';

/** A saved record without its bookkeeping: what `arrivals.update` takes as `changes`. */
export function fieldsOf(record: Arrival): ArrivalInput {
  const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = record;
  void [id, reference, createdBy, createdAt, updatedAt, version];
  return fields;
}

/**
 * "Same family as previous person" when that person had no group yet: the group made for
 * the new person is given to the previous one too (an audited correction), so both share it.
 */
export async function giveFamilyGroup(previous: Arrival, familyGroupId: string): Promise<Arrival> {
  if (previous.familyGroupId === familyGroupId) return previous;
  return call('arrivals.update', { id: previous.id, version: previous.version, changes: { ...fieldsOf(previous), familyGroupId } });
}
