import { z } from 'zod';
import { Uuid } from './fields';

export const PrintableDocument = z.enum(['caseSummary', 'incidentReport'], { error: 'Choose what to print' });

export const PrintRequest = z.strictObject({ document: PrintableDocument, id: Uuid });

/** The renderer route that shows a printable document (see renderer/src/features/print). */
export function printRoute(document: z.infer<typeof PrintableDocument>, id: string): string {
  return `/print/${document === 'caseSummary' ? 'arrival' : 'interception'}/${id}`;
}
