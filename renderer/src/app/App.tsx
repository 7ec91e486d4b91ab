import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { PrintRoutes } from '../features/print/PrintRoutes';
import { SignInScreen } from '../features/session/SignInScreen';
import { ErrorBanner } from '../ui/ErrorBanner';
import { AppShell } from './AppShell';
import { useSessionStore } from './session-store';

/**
 * Nothing but the sign-in screen until an officer is signed in (and again when the session
 * locks): the routes, and so every list and record, are not rendered at all behind it.
 * Print views render alone (no menus or status bar); everything else inside the shell.
 */
export function App() {
  const { info, status, error, load } = useSessionStore();
  useEffect(() => {
    void load();
  }, [load]);

  if (!info || !status) return <ErrorBanner message={error} />;
  if (status.state !== 'signed_in') return <SignInScreen />;
  return (
    // A new officer starts from a fresh app: nothing the previous one had open survives the switch.
    <HashRouter key={status.officer?.id ?? 'nobody'}>
      <Routes>
        <Route path="/print/*" element={<PrintRoutes />} />
        <Route path="*" element={<AppShell />} />
      </Routes>
    </HashRouter>
  );
}
