import { useState } from 'react';
import { pilotEndedWarning } from '../../../../shared/domain/returns/pilot-period';
import type { ReturnsCaseView } from '../../../../shared/domain/returns/returns-case-record';
import { call } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { useLoaded } from '../../ui/use-loaded';

/** A person has no returns case until an officer opens one; opening twice is refused by the engine. Warns once the pilot has ended. */
export function OpenCaseButton({ arrivalId, onOpened }: { arrivalId: string; onOpened(view: ReturnsCaseView): void }) {
  const [busy, setBusy] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  // A warning, never a block: a renewal may be agreed before a supervisor records it.
  const { data: pilot } = useLoaded('pilot', () => call('returns.pilotPeriod'));
  const pilotWarning = pilot && pilotEndedWarning(pilot);
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
      {pilotWarning && (
        <p className="notice notice--warning" data-testid="pilot-end-notice">
          {pilotWarning}
        </p>
      )}
      <ErrorBanner message={failure} />
      <button type="button" className="button button--primary" disabled={busy} onClick={() => void open()}>
        Open a returns case
      </button>
    </div>
  );
}
