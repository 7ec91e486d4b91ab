import type { Output } from '../../../../shared/api';
import { labelOf } from '../../../../shared/domain/reference/options';
import { formatCalendarDate, formatUkDateTime } from '../../../../shared/domain/time';
import { CHECK_RESULTS, TRANSFER_STATE_LABELS } from '../../../../shared/domain/transfers/transfer-states';
import { KeyValues, PrintSection } from './PrintBlocks';

/** The safe-route application a person arrived under: references, checks and entry clearance, in words. */
export function SafeRouteSection({ view }: { view: Output<'transfers.forArrival'> }) {
  if (!view) return null;
  const t = view.transfer;
  return (
    <PrintSection title="Safe route (transfer from France)">
      <KeyValues
        rows={[
          ['Application', t.applicationReference],
          ['Transfer', t.reference],
          ['Family reference', t.familyReference],
          ['State', TRANSFER_STATE_LABELS[t.state]],
          ['Identity document', t.documentNumber],
          ['Arrived in the UK', t.arrivedUkAt ? formatUkDateTime(t.arrivedUkAt) : ''],
          ['Location verified', labelOf(CHECK_RESULTS, t.checks.locationVerified)],
          ['Security check', labelOf(CHECK_RESULTS, t.checks.security)],
          ['Eligibility check', labelOf(CHECK_RESULTS, t.checks.eligibility)],
          ['Entry clearance issued', formatCalendarDate(t.entryClearanceIssuedOn)],
          ['Valid until', formatCalendarDate(t.entryClearanceValidUntil)],
        ]}
      />
    </PrintSection>
  );
}
