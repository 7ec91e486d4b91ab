import type { ParsedInput } from '../../../shared/api';
import { AppError } from '../../../shared/domain/errors';
import { printRoute } from '../../../shared/domain/print';
import type { Engine } from '../engine';
import { getArrival } from './arrivals';
import { getInterception } from './interceptions';

/** Save a document as PDF through the desktop host; the record must exist before a window opens for it. */
export async function savePdf(engine: Engine, input: ParsedInput<'print.savePdf'>) {
  if (!engine.host) {
    throw new AppError('UNAVAILABLE', 'Saving straight to PDF is part of the desktop app. Here, open the print view and use Print…, then choose “Save as PDF”.');
  }
  const record = input.document === 'caseSummary' ? getArrival(engine.db, input.id) : getInterception(engine.db, input.id);
  const name = `${input.document === 'caseSummary' ? 'case-summary' : 'incident-report'}-${record.reference}.pdf`;
  return engine.host.savePdf(printRoute(input.document, input.id), name);
}
