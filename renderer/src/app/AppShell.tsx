import { useRef } from 'react';
import { Navigate, NavLink, Route, Routes } from 'react-router-dom';
import { ArrivalDetail } from '../features/arrivals/ArrivalDetail';
import { ArrivalForm } from '../features/arrivals/ArrivalForm';
import { ArrivalList } from '../features/arrivals/ArrivalList';
import { BoatPeopleFlow } from '../features/arrivals/BoatPeopleFlow';
import { Dashboard } from '../features/dashboard/Dashboard';
import { InterceptionDetail } from '../features/interceptions/InterceptionDetail';
import { InterceptionForm } from '../features/interceptions/InterceptionForm';
import { InterceptionList } from '../features/interceptions/InterceptionList';
import { ReturnsCasePage } from '../features/returns/ReturnsCasePage';
import { ReturnsPage } from '../features/returns/ReturnsPage';
import { TransferDetail } from '../features/transfers/TransferDetail';
import { TransferForm } from '../features/transfers/TransferForm';
import { TransferList } from '../features/transfers/TransferList';
import { SettingsPage } from '../features/settings/SettingsPage';
import { ConflictsPage } from '../features/sync/ConflictsPage';
import { RefusedPage } from '../features/sync/RefusedPage';
import { DisabledOfficerNotice } from '../features/sync/DisabledOfficerNotice';
import { OfficerBadge } from '../features/session/OfficerBadge';
import { StatusBar } from './StatusBar';
import { ThemeToggle } from './ThemeToggle';
import { focusScreenTitle, useFocusOnNavigation } from './use-focus-on-navigation';
import { usePrintShortcut } from './use-print-shortcut';

export function AppShell() {
  usePrintShortcut();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  return (
    <div className="shell">
      {/* The first Tab on every screen: past the menu, straight to the screen's own content. */}
      <a className="skip-link" href="#main" onClick={(e) => (e.preventDefault(), focusScreenTitle(main.current))}>
        Skip to main content
      </a>
      <header className="top-bar">
        <span className="brand">Field Recorder</span>
        <nav aria-label="Main">
          <NavLink to="/interceptions" end>
            Interceptions
          </NavLink>
          <NavLink to="/interceptions/new">Record interception</NavLink>
          <NavLink to="/arrivals" end>
            People
          </NavLink>
          <NavLink to="/dashboard">Dashboard</NavLink>
          <NavLink to="/returns">Returns</NavLink>
          <NavLink to="/settings">Settings</NavLink>
        </nav>
        <OfficerBadge />
        <ThemeToggle />
        <span className="marking">OFFICIAL-SENSITIVE</span>
      </header>
      <main className="content" id="main" ref={main} tabIndex={-1}>
        <DisabledOfficerNotice />
        <Routes>
          <Route path="/" element={<Navigate to="/interceptions" replace />} />
          <Route path="/interceptions" element={<InterceptionList />} />
          <Route path="/interceptions/new" element={<InterceptionForm />} />
          <Route path="/interceptions/:id" element={<InterceptionDetail />} />
          <Route path="/interceptions/:id/edit" element={<InterceptionForm />} />
          <Route path="/interceptions/:id/people" element={<BoatPeopleFlow />} />
          <Route path="/arrivals" element={<ArrivalList />} />
          <Route path="/arrivals/new" element={<ArrivalForm />} />
          <Route path="/arrivals/:id" element={<ArrivalDetail />} />
          <Route path="/arrivals/:id/edit" element={<ArrivalForm />} />
          <Route path="/dashboard" element={<Dashboard />} />
          <Route path="/returns" element={<ReturnsPage />} />
          <Route path="/returns/case/:arrivalId" element={<ReturnsCasePage />} />
          <Route path="/transfers" element={<TransferList />} />
          <Route path="/transfers/new" element={<TransferForm />} />
          <Route path="/transfers/:id" element={<TransferDetail />} />
          <Route path="/transfers/:id/edit" element={<TransferForm />} />
          <Route path="/settings" element={<SettingsPage />} />
          <Route path="/sync/conflicts" element={<ConflictsPage />} />
          <Route path="/sync/refused" element={<RefusedPage />} />
          <Route path="*" element={<p>That page does not exist.</p>} />
        </Routes>
      </main>
      <StatusBar />
    </div>
  );
}
