import { useState } from 'react';
import type { PrintableDocument } from '../../../../shared/domain/print';
import { call } from '../../api/client';

/** Desktop app only: renders the document in a hidden window and asks where to save the PDF. */
export function SavePdfButton({ document, id }: { document: PrintableDocument; id: string }) {
  const [message, setMessage] = useState<string | null>(null);
  const save = async () => {
    setMessage('Making the PDF…');
    try {
      const result = await call('print.savePdf', { document, id });
      setMessage(result.saved ? `Saved to ${result.path}` : null);
    } catch (error) {
      setMessage(error instanceof Error ? error.message : 'Could not save the PDF');
    }
  };
  return (
    <>
      <button className="button" onClick={() => void save()}>
        Save as PDF
      </button>
      {message && (
        <span role="status" className="print-toolbar__status">
          {message}
        </span>
      )}
    </>
  );
}
