import { useEffect } from 'react';
import { HashRouter, Route, Routes } from 'react-router-dom';
import { PrintRoutes } from '../features/print/PrintRoutes';
import { SignInScreen } from '../features/session/SignInScreen';
import { ErrorBanner } from '../ui/ErrorBanner';
import { useIdleLock } from '../features/session/use-idle-lock';
import { useKeepFormDraftsWhenPageGoes } from '../ui/forms/use-form-draft';
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
  // A new officer starts from a fresh app: nothing the previous one had open survives the switch.
  return <SignedIn key={status.officer?.id ?? 'nobody'} />;
}

/**
 * Everything an officer sees once signed in. The idle lock watches here, above the print
 * views too: a case summary left open on a quayside locks like any other screen.
 */
function SignedIn() {
  useIdleLock();
  useKeepFormDraftsWhenPageGoes();
  return (
    <HashRouter>
      <Routes>
        <Route path="/print/*" element={<PrintRoutes />} />
        <Route path="*" element={<AppShell />} />
      </Routes>
    </HashRouter>
  );
}
