import { z } from 'zod';
import { Uuid } from './fields';

export const PrintableDocument = z.enum(['caseSummary', 'incidentReport', 'subjectAccess'], { error: 'Choose what to print' });
export type PrintableDocument = z.infer<typeof PrintableDocument>;

export const PrintRequest = z.strictObject({ document: PrintableDocument, id: Uuid });

/** The renderer route that shows a printable document (see renderer/src/features/print). */
export function printRoute(document: z.infer<typeof PrintableDocument>, id: string): string {
  const path = { caseSummary: 'arrival', incidentReport: 'interception', subjectAccess: 'subject-access' }[document];
  return `/print/${path}/${id}`;
}
