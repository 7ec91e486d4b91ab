import { useState } from 'react';
import { call } from '../../../api/client';
import { useArrivalListStore } from './arrival-list-store';
import { downloadTextFile } from './download-text-file';
import { BusyButton } from '../../../ui/BusyButton';

/** Exports exactly the people the current filter shows (the engine refuses very large exports). */
export function ExportCsvButton() {
  const filter = useArrivalListStore((s) => s.query.filter);
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportCsv() {
    setBusy(true);
    setMessage(null);
    try {
      const file = await call('arrivals.exportCsv', { filter });
      downloadTextFile(file.filename, file.csv, 'text/csv;charset=utf-8');
      setMessage({ ok: true, text: `Exported ${file.rows.toLocaleString('en-GB')} ${file.rows === 1 ? 'person' : 'people'} to ${file.filename}.` });
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not export' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <BusyButton type="button" className="button" onClick={() => void exportCsv()} busy={busy}>
        {busy ? 'Exporting…' : 'Export CSV'}
      </BusyButton>
      <span role={message?.ok === false ? 'alert' : 'status'} className={message?.ok === false ? 'inline-error' : 'inline-ok'}>
        {message?.text}
      </span>
    </>
  );
}
