import { z } from 'zod';

/** One entry of a record's history: who changed what, when, from which value to which. */
export const AuditEntry = z.object({
  id: z.number().int(),
  action: z.enum(['create', 'update']),
  officerName: z.string(),
  at: z.string(),
  changes: z.array(z.object({ field: z.string(), from: z.unknown(), to: z.unknown() })),
  /** Why the save was made, when its fields do not say (a conflict settled, a record sent again). */
  note: z.string().nullable(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
