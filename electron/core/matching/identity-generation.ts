import type { Db } from '../db/connection';

/**
 * A counter of changes to the identity index on this connection (the engine owns the only
 * one). A prior-crossing result computed at generation g is still true while it is g:
 * nobody was added, corrected or pulled since.
 */
const generations = new WeakMap<Db, number>();

export function identityGeneration(db: Db): number {
  return generations.get(db) ?? 0;
}

export function noteIdentityChanged(db: Db): void {
  generations.set(db, identityGeneration(db) + 1);
}
