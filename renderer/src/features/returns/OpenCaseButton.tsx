import { useState } from 'react';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';

/** A person has no returns case until an officer opens one; opening twice is refused by the engine. */
export function OpenCaseButton({ arrivalId, onOpened }: { arrivalId: string; onOpened(view: ReturnsCaseView): void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  async function open() {
    setBusy(true);
    setFailure(null);
    try {
      onOpened(await call('returns.open', { arrivalId }));
    } catch (error) {
      setFailure(error instanceof Error ? error.message : 'Could not open the case');
    } finally {
      setBusy(false);
    }
  }
  return (
    <div>
      <p>This person has no returns case. Open one to record screening, eligibility and each step to removal.</p>
      <ErrorBanner message={failure} />
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void open()}>
        Open a returns case
      </button>
    </div>
  );
}
