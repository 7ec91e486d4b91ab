import { useState } from 'react';
import { Link } from 'react-router-dom';
import { call } from '../../../api/client';
import { DetailSection } from '../../../ui/DetailSection';
import { downloadTextFile } from '../list/download-text-file';
import { BusyButton } from '../../../ui/BusyButton';

/**
 * A subject access request: everything this device holds about the person, as a JSON file
 * (a save dialog in the desktop app, a download in browser mode) or as a printed report.
 */
export function SubjectAccessActions({ arrivalId }: { arrivalId: string }) {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  async function exportJson() {
    setBusy(true);
    setMessage(null);
    try {
      if (window.api) {
        const result = await call('people.saveSubjectAccessExport', { arrivalId });
        setMessage(result.saved ? { ok: true, text: `Saved to ${result.path}` } : null);
      } else {
        const file = await call('people.subjectAccessExport', { arrivalId });
        downloadTextFile(file.filename, file.json, 'application/json;charset=utf-8');
        setMessage({ ok: true, text: `Exported to ${file.filename}.` });
      }
    } catch (error) {
      setMessage({ ok: false, text: error instanceof Error ? error.message : 'Could not export' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <DetailSection title="Subject access request" rows={[]}>
      <div className="notes">
        <p style={{ marginTop: 0 }}>Everything this device holds about this person: their records, documents, returns case, decisions about them and who changed what, when. Other people’s details are left out.</p>
        <div className="page-header__actions">
          <BusyButton type="button" className="button" onClick={() => void exportJson()} busy={busy}>
            {busy ? 'Exporting…' : 'Export everything held (JSON)'}
          </BusyButton>
          <Link className="button" to={`/print/subject-access/${arrivalId}`}>
            Print subject access report
          </Link>
          <span role={message?.ok === false ? 'alert' : 'status'} className={message?.ok === false ? 'inline-error' : 'inline-ok'}>
            {message?.text}
          </span>
        </div>
      </div>
    </DetailSection>
  );
}
