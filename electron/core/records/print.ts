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
  const record = input.document === 'incidentReport' ? getInterception(engine.db, input.id) : getArrival(engine.db, input.id);
  const name = `${{ caseSummary: 'case-summary', incidentReport: 'incident-report', subjectAccess: 'subject-access' }[input.document]}-${record.reference}.pdf`;
  return engine.host.savePdf(printRoute(input.document, input.id), name);
}

/** The desktop app's save dialog for a subject access export; browser mode downloads it instead. */
export async function saveSubjectAccessExport(engine: Engine, file: { filename: string; json: string }) {
  if (!engine.host?.saveText) {
    throw new AppError('UNAVAILABLE', 'Saving through a dialog is part of the desktop app. Here, the export downloads as a file.');
  }
  return engine.host.saveText(file.filename, file.json, { name: 'JSON', extensions: ['json'] });
}
