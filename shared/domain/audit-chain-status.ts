import { z } from 'zod';

/** What the device's own re-walk of its audit chain found (see shared/audit-chain.ts). */
export const ChainProblem = z.enum(['altered', 'missing', 'queued_copy_differs', 'newest_missing']);
export type ChainProblem = z.infer<typeof ChainProblem>;

export const AuditChainStatus = z.object({
  checkedAt: z.string(),
  durationMs: z.number().int(),
  /** Chained audit entries on this device (one per change it recorded). */
  entries: z.number().int(),
  /** Entries whose hash fits the chain. */
  verified: z.number().int(),
  /** Entries removed by a retention purge, bridged by the hash the purge kept. */
  purged: z.number().int(),
  intact: z.boolean(),
  breakCount: z.number().int(),
  /** The oldest break, in words an officer can act on. */
  firstBreak: z
    .object({
      seq: z.number().int(),
      problem: ChainProblem,
      explanation: z.string(),
      recordType: z.string().nullable(),
      recordId: z.string().nullable(),
      reference: z.string().nullable(),
      at: z.string().nullable(),
    })
    .nullable(),
  /** The centre's verdict, as its push answers gave it. */
  centre: z.object({
    /** The centre has checked this device's chain up to this entry (0: nothing sent yet). */
    checkedThroughSeq: z.number().int(),
    breaks: z.array(z.object({ seq: z.number().int(), reason: z.enum(['mismatch', 'missing']), detectedAt: z.string() })),
  }),
});
export type AuditChainStatus = z.infer<typeof AuditChainStatus>;
