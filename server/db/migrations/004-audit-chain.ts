import type { Migration } from '../migrate';

/*
 * The audit chain (shared/audit-chain.ts). Each device's chain head lives on its row, next to
 * last_applied_seq and updated by the same statement, so a push that is rolled back leaves
 * both as they were and a replayed batch is never checked twice. A link that does not verify
 * is kept in audit_chain_breaks (one row per device seq: its primary key makes flagging a
 * change twice impossible); the change itself is processed as usual.
 */
export const auditChain: Migration = {
  version: 4,
  name: 'audit chain: each device chain head, and the breaks found',
  sql: `
    ALTER TABLE devices
      ADD COLUMN chain_from_seq bigint,          -- first seq the chain is held from (1: the genesis)
      ADD COLUMN chain_seq bigint,               -- the head: the last chained seq…
      ADD COLUMN chain_hash text,                -- …and its chain hash (null: unknown, the next change anchors)
      ADD COLUMN chain_verified bigint NOT NULL DEFAULT 0,
      ADD COLUMN chain_break_count bigint NOT NULL DEFAULT 0;

    CREATE TABLE audit_chain_breaks (
      device_id uuid NOT NULL REFERENCES devices (id),
      seq bigint NOT NULL,
      batch_id uuid NOT NULL,
      reason text NOT NULL CHECK (reason IN ('mismatch', 'missing')),
      expected text,
      got text,
      detected_at timestamptz NOT NULL,
      PRIMARY KEY (device_id, seq)
    );
  `,
};
