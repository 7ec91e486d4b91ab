import { Route, Routes } from 'react-router-dom';
import { CaseSummaryPrint } from './CaseSummaryPrint';
import { IncidentReportPrint } from './IncidentReportPrint';
import { SubjectAccessPrint } from './SubjectAccessPrint';

/** #/print/arrival/:id, #/print/interception/:id and #/print/subject-access/:id: the documents, without the app's chrome. */
export function PrintRoutes() {
  return (
    <Routes>
      <Route path="arrival/:id" element={<CaseSummaryPrint />} />
      <Route path="interception/:id" element={<IncidentReportPrint />} />
      <Route path="subject-access/:id" element={<SubjectAccessPrint />} />
      <Route path="*" element={<p>Nothing to print here.</p>} />
    </Routes>
  );
}
