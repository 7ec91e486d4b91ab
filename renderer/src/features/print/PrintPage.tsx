import { useEffect, useState, type ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';
import type { PrintableDocument } from '../../../../shared/domain/print';
import { formatUkDateTime } from '../../../../shared/domain/time';
import { useSessionStore } from '../../app/session-store';
import { QrCode } from './QrCode';
import { SavePdfButton } from './SavePdfButton';
import { usePageMargins } from './use-page-margins';
import './print.css';

interface PrintPageProps {
  title: string;
  /** What the desktop app's "Save as PDF" saves. */
  pdf: { document: PrintableDocument; id: string };
  reference: string | undefined;
  subtitle?: string;
  loading: boolean;
  error: string | null;
  children: ReactNode;
}

/**
 * The frame of every printed document: a toolbar on screen, then an A4 sheet with title,
 * reference and QR code. Marks the page ready (data-print-ready) once data and QR code are
 * in, which is what the PDF makers wait for.
 */
export function PrintPage({ title, pdf, reference, subtitle, loading, error, children }: PrintPageProps) {
  const navigate = useNavigate();
  const officer = useSessionStore((s) => s.info?.officer?.name ?? 'unknown officer');
  const [printedAt] = useState(() => new Date().toISOString());
  const [qrReady, setQrReady] = useState(false);
  const printedBy = `Printed by ${officer}, ${formatUkDateTime(printedAt)} UK time`;
  usePageMargins(reference, printedBy);

  // Escape leaves the printable view, as Back does (the print dialog, when open, takes its own Escape).
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && !event.defaultPrevented) void navigate(-1);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [navigate]);

  useEffect(() => {
    const ready = !loading && (error !== null || qrReady);
    document.documentElement.dataset.printReady = ready ? 'true' : 'false';
    return () => {
      delete document.documentElement.dataset.printReady;
    };
  }, [loading, error, qrReady]);

  return (
    <div className="print-page">
      <div className="print-toolbar">
        <button className="button button--primary" onClick={() => window.print()} autoFocus>
          Print…
        </button>
        {window.api && <SavePdfButton {...pdf} />}
        <button className="button" onClick={() => void navigate(-1)} aria-keyshortcuts="Escape">
          Back
        </button>
      </div>
      <article className="print-sheet">
        {error ? (
          <p role="alert">{error}</p>
        ) : loading || !reference ? (
          <p aria-busy="true">Preparing…</p>
        ) : (
          <>
            <header className="print-head">
              <div>
                <h1>{title}</h1>
                <div className="print-ref">{reference}</div>
                {subtitle && <p className="print-meta">{subtitle}</p>}
                <p className="print-meta">{printedBy}</p>
              </div>
              <QrCode text={reference} onReady={() => setQrReady(true)} />
            </header>
            {children}
          </>
        )}
      </article>
    </div>
  );
}
