import type { Output } from '../../../../shared/api';
import { formatCalendarDate } from '../../../../shared/domain/time';
import { KeyValues, PrintSection } from './PrintBlocks';

/** The safe-route application a person arrived under: references, checks and entry clearance. */
export function SafeRouteSection({ view }: { view: Output<'transfers.forArrival'> }) {
  if (!view) return null;
  const t = view.transfer;
  return (
    <PrintSection title="Safe route (transfer from France)">
      <KeyValues
        rows={[
          ['Application', t.applicationReference],
          ['Family reference', t.familyReference],
          ['State', t.state],
          ['Location verified', t.checks.locationVerified],
          ['Security check', t.checks.security],
          ['Eligibility check', t.checks.eligibility],
          ['Entry clearance issued', formatCalendarDate(t.entryClearanceIssuedOn)],
          ['Valid until', formatCalendarDate(t.entryClearanceValidUntil)],
        ]}
      />
    </PrintSection>
  );
}
