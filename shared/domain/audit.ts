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
  /** Made on another laptop and received from the central service when this laptop pulled it. */
  receivedFromCentre: z.boolean(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

/** How a history line starts: "Recorded by …", "Corrected by …" or "Changed on another laptop by …". */
export function auditEntryHeading(entry: Pick<AuditEntry, 'action' | 'officerName' | 'receivedFromCentre'>): string {
  if (entry.receivedFromCentre) return `Changed on another laptop by ${entry.officerName}`;
  return `${entry.action === 'create' ? 'Recorded' : 'Corrected'} by ${entry.officerName}`;
}
