import type { Migration } from '../migrate';

/*
 * When the last change of a push does not verify, the device's next change may be linked to
 * the hash that change should have had (its hash was replaced on the way) rather than to the
 * one it claimed. The head keeps both, so the next push's first change is not flagged for a
 * break that was already recorded (shared/audit-chain.ts, verifyChain).
 */
export const chainAlternative: Migration = {
  version: 5,
  name: 'audit chain: the expected hash of a head that did not verify',
  sql: `ALTER TABLE devices ADD COLUMN chain_alt_hash text;`,
};
