import { useEffect } from 'react';
import { useLocation, useNavigate } from 'react-router-dom';

const RECORD_SCREEN = /^\/(arrivals|interceptions)\/([0-9a-f-]{36})$/;

/**
 * Ctrl+P (⌘P) on a person's or an interception's screen opens its printable document; on
 * the print view itself Ctrl+P is the ordinary print dialog.
 */
export function usePrintShortcut(): void {
  const location = useLocation();
  const navigate = useNavigate();
  useEffect(() => {
    const match = RECORD_SCREEN.exec(location.pathname);
    if (!match) return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        navigate(`/print/${match[1] === 'arrivals' ? 'arrival' : 'interception'}/${match[2]}`);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [location.pathname, navigate]);
}
