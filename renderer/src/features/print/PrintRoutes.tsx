import { Route, Routes } from 'react-router-dom';
import { CaseSummaryPrint } from './CaseSummaryPrint';
import { IncidentReportPrint } from './IncidentReportPrint';

/** #/print/arrival/:id and #/print/interception/:id: the documents, without the app's chrome. */
export function PrintRoutes() {
  return (
    <Routes>
      <Route path="arrival/:id" element={<CaseSummaryPrint />} />
      <Route path="interception/:id" element={<IncidentReportPrint />} />
      <Route path="*" element={<p>Nothing to print here.</p>} />
    </Routes>
  );
}
