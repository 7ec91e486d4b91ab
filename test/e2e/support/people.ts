import type { Input, Output } from '../../../shared/api';
import type { Api } from './api';

type Person = Output<'arrivals.create'>;

/**
 * Saves a correction to a person as the edit screen does, through the API (as another officer
 * would): every field as it was read, `changes` over them, against the version read.
 */
export function correctPerson(api: Api, person: Person, changes: Partial<Input<'arrivals.update'>['changes']>) {
  const { id, version, reference: _reference, createdBy: _createdBy, createdAt: _createdAt, updatedAt: _updatedAt, ...fields } = person;
  return api('arrivals.update', { id, version, changes: { ...fields, ...changes } });
}
