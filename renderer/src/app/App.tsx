import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { PrintRoutes } from '../features/print/PrintRoutes';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AppShell } from './AppShell';
import { useSessionStore } from './session-store';

/** Print views render alone (no menus or status bar); everything else inside the shell. */
export function App() {
  const { info, error, load } = useSessionStore();
  useEffect(() => {
    void load();
  }, [load]);

  if (!info) return <ErrorBanner message={error} />;
  return (
    <HashRouter>
      <Routes>
        <Route path="/print/*" element={<PrintRoutes />} />
        <Route path="*" element={<AppShell />} />
      </Routes>
    </HashRouter>
  );
}
