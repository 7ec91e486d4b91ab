/**
 * The Electron security checklist wired onto a web contents and a session. Only Electron's
 * types are imported (erased at build), so the tests drive these functions with fakes that
 * emit Electron's exact event signatures; hardening.ts applies them to the real objects.
 */
import type { Session, WebContents } from 'electron';
import { allowNavigation, allowPermission, windowOpenDecision } from './policies';

export type GuardedContents = Pick<WebContents, 'on' | 'setWindowOpenHandler'>;
export type GuardedSession = Pick<Session, 'on' | 'setPermissionRequestHandler' | 'setPermissionCheckHandler' | 'setDevicePermissionHandler'>;

/**
 * No navigation away from app://renderer in any frame (links, redirects, `location = …`),
 * no new windows (a gov.uk guidance link goes to the system browser instead), no
 * webviews, and no Bluetooth device picked on the page's behalf.
 */
export function guardWebContents(contents: GuardedContents, openExternal: (url: string) => Promise<void>): void {
  contents.on('will-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-redirect', (event) => {
    if (!allowNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
  // Electron picks the first device unless the event is prevented; '' cancels the request.
  contents.on('select-bluetooth-device', (event, _devices, callback) => {
    event.preventDefault();
    callback('');
  });
  contents.setWindowOpenHandler(({ url }) => {
    const decision = windowOpenDecision(url);
    if (decision.openExternally) openExternal(url).catch(() => undefined);
    return { action: decision.action };
  });
}

/**
 * Every permission request and check refused (camera, microphone, location,
 * notifications, clipboard, …), and no HID, serial or USB device handed to a page.
 */
export function guardSession(ses: GuardedSession): void {
  ses.setPermissionRequestHandler((_contents, permission, callback) => callback(allowPermission(permission)));
  ses.setPermissionCheckHandler((_contents, permission) => allowPermission(permission));
  ses.setDevicePermissionHandler(() => false);
  ses.on('select-hid-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
  ses.on('select-serial-port', (event, _ports, _contents, callback) => {
    event.preventDefault();
    callback('');
  });
  ses.on('select-usb-device', (event, _details, callback) => {
    event.preventDefault();
    callback();
  });
}
