/**
 * The desktop shell's security decisions as plain functions (no electron import), so they
 * are tested here even though the Electron binary is not. hardening.ts and ipc.ts apply them.
 */
import { isAppUrl } from './app-origin';

/** Navigation may only stay inside the app's own origin. */
export function allowNavigation(url: string): boolean {
  return isAppUrl(url);
}

/** New windows are never opened by the app; official gov.uk guidance goes to the system browser. */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally: boolean } {
  let external = false;
  try {
    const parsed = new URL(url);
    external = parsed.protocol === 'https:' && parsed.hostname === 'www.gov.uk';
  } catch {
    external = false;
  }
  return { action: 'deny', openExternally: external };
}

/** Camera, microphone, location, notifications, USB…: the app needs none, so every request is refused. */
export function allowPermission(_permission: string): false {
  return false;
}

export interface SenderFrameLike {
  url: string;
}

/** Only the app's own top-level page may call the engine; an iframe or a foreign page may not. */
export function isTrustedFrame(frame: SenderFrameLike | null | undefined, mainFrame: SenderFrameLike | null | undefined): boolean {
  return frame != null && frame === mainFrame && isAppUrl(frame.url);
}
