/**
 * The desktop shell's guards, wired onto fakes that emit Electron's exact event signatures
 * (the Electron binary cannot run here; electron.d.ts types every event object below).
 */
import { EventEmitter } from 'node:events';
import type {
  DevicePermissionHandlerHandlerDetails,
  Event as ElectronEvent,
  HandlerDetails,
  PermissionCheckHandlerHandlerDetails,
  PermissionRequest,
  Session,
  WebContents,
  WebContentsWillFrameNavigateEventParams,
  WebContentsWillNavigateEventParams,
  WebContentsWillRedirectEventParams,
  WebPreferences,
  WindowOpenHandlerResponse,
} from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { guardSession, guardWebContents, type GuardedContents, type GuardedSession } from '../../../electron/main/shell-guards';

type WindowOpenHandler = (details: HandlerDetails) => WindowOpenHandlerResponse;
type PermissionRequestHandler = Parameters<Session['setPermissionRequestHandler']>[0];
type PermissionCheckHandler = Parameters<Session['setPermissionCheckHandler']>[0];
type DeviceHandler = Parameters<Session['setDevicePermissionHandler']>[0];
type RequestedPermission = Parameters<NonNullable<PermissionRequestHandler>>[1];
type CheckedPermission = Parameters<NonNullable<PermissionCheckHandler>>[1];

/** A web contents as far as the guards see it: Electron's events on a real EventEmitter. */
class FakeWebContents extends EventEmitter {
  windowOpenHandler: WindowOpenHandler | undefined;
  setWindowOpenHandler(handler: WindowOpenHandler): void {
    this.windowOpenHandler = handler;
  }
}

class FakeSession extends EventEmitter {
  requestHandler: PermissionRequestHandler = null;
  checkHandler: PermissionCheckHandler = null;
  deviceHandler: DeviceHandler = null;
  setPermissionRequestHandler(handler: PermissionRequestHandler): void {
    this.requestHandler = handler;
  }
  setPermissionCheckHandler(handler: PermissionCheckHandler): void {
    this.checkHandler = handler;
  }
  setDevicePermissionHandler(handler: DeviceHandler): void {
    this.deviceHandler = handler;
  }
}

function preventable<P extends object>(params: P): ElectronEvent<P> & { preventDefault: ReturnType<typeof vi.fn> } {
  const event = { ...params, defaultPrevented: false, preventDefault: vi.fn(() => (event.defaultPrevented = true)) };
  return event;
}

function guarded() {
  const contents = new FakeWebContents();
  const openExternal = vi.fn((_url: string) => Promise.resolve());
  guardWebContents(contents as unknown as GuardedContents, openExternal);
  return { contents, openExternal };
}

function navigation(url: string, isMainFrame = true): ElectronEvent<WebContentsWillNavigateEventParams> & { preventDefault: ReturnType<typeof vi.fn> } {
  return preventable<WebContentsWillNavigateEventParams>({ url, isSameDocument: false, isMainFrame, frame: null, initiator: null });
}

const FOREIGN_URLS = [
  'https://example.com/',
  'https://www.gov.uk/guidance',
  'http://127.0.0.1:5180/index.html',
  'http://localhost/',
  'file:///etc/passwd',
  'file:///opt/Field%20Recorder/resources/app.asar/dist/renderer/index.html',
  'app://evil/index.html',
  'app://renderer.evil.com/index.html',
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'about:blank',
  'chrome://settings',
];

describe('navigation away from the app is refused', () => {
  it('will-navigate to another origin: preventDefault', () => {
    const { contents } = guarded();
    for (const url of FOREIGN_URLS) {
      const event = navigation(url);
      // Electron 41 passes the details object first, then the deprecated positional arguments.
      contents.emit('will-navigate', event, url, false, true, 1, 1);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('will-redirect to another origin: preventDefault', () => {
    const { contents } = guarded();
    for (const url of FOREIGN_URLS) {
      const event = preventable<WebContentsWillRedirectEventParams>({ url, isSameDocument: false, isMainFrame: true, frame: null, initiator: null });
      contents.emit('will-redirect', event, url, false, true, 1, 1);
      expect(event.preventDefault, url).toHaveBeenCalledOnce();
    }
  });

  it('will-frame-navigate (any frame, subframes included) to another origin: preventDefault', () => {
    const { contents } = guarded();
    for (const isMainFrame of [true, false]) {
      for (const url of FOREIGN_URLS) {
        const event = preventable<WebContentsWillFrameNavigateEventParams>({ url, isSameDocument: false, isMainFrame, frame: null, initiator: null });
        contents.emit('will-frame-navigate', event);
        expect(event.preventDefault, `${url} main=${isMainFrame}`).toHaveBeenCalledOnce();
      }
    }
  });

  it('navigation inside app://renderer goes ahead', () => {
    const { contents } = guarded();
    const url = 'app://renderer/index.html#/arrivals';
    const nav = navigation(url);
    contents.emit('will-navigate', nav, url, false, true, 1, 1);
    const frame = preventable<WebContentsWillFrameNavigateEventParams>({ url, isSameDocument: false, isMainFrame: true, frame: null, initiator: null });
    contents.emit('will-frame-navigate', frame);
    expect(nav.preventDefault).not.toHaveBeenCalled();
    expect(frame.preventDefault).not.toHaveBeenCalled();
  });
});

describe('window.open', () => {
  function open(contents: FakeWebContents, url: string): WindowOpenHandlerResponse {
    const details: HandlerDetails = { url, frameName: '', features: '', disposition: 'new-window', referrer: { url: 'app://renderer/index.html', policy: 'strict-origin-when-cross-origin' } };
    expect(contents.windowOpenHandler, 'a window-open handler is set').toBeDefined();
    return contents.windowOpenHandler!(details);
  }

  it('is denied and nothing is opened, in the app or outside it', () => {
    const { contents, openExternal } = guarded();
    for (const url of [...FOREIGN_URLS.filter((u) => !u.startsWith('https://www.gov.uk/')), 'app://renderer/index.html', 'https://www.gov.uk.evil.com/', 'http://www.gov.uk/']) {
      expect(open(contents, url), url).toEqual({ action: 'deny' });
    }
    expect(openExternal).not.toHaveBeenCalled();
  });

  it('gov.uk guidance is denied too, and handed to the system browser (the existing policy)', () => {
    const { contents, openExternal } = guarded();
    expect(open(contents, 'https://www.gov.uk/guidance/returns')).toEqual({ action: 'deny' });
    expect(openExternal).toHaveBeenCalledExactlyOnceWith('https://www.gov.uk/guidance/returns');
  });

  it('a failing system browser does not throw in main', async () => {
    const contents = new FakeWebContents();
    guardWebContents(contents as unknown as GuardedContents, () => Promise.reject(new Error('no handler')));
    expect(open(contents, 'https://www.gov.uk/x')).toEqual({ action: 'deny' });
    await new Promise((r) => setImmediate(r));
  });
});

describe('webviews and device pickers', () => {
  it('will-attach-webview: preventDefault, whatever its preferences', () => {
    const { contents } = guarded();
    const webPreferences: WebPreferences = { nodeIntegration: true, contextIsolation: false };
    const event = preventable({});
    contents.emit('will-attach-webview', event, webPreferences, { src: 'https://example.com/' });
    expect(event.preventDefault).toHaveBeenCalledOnce();
  });

  it('select-bluetooth-device: prevented and cancelled (Electron would pick the first device)', () => {
    const { contents } = guarded();
    const event = preventable({});
    const callback = vi.fn();
    contents.emit('select-bluetooth-device', event, [{ deviceId: 'a', deviceName: 'Phone' }], callback);
    expect(event.preventDefault).toHaveBeenCalledOnce();
    expect(callback).toHaveBeenCalledExactlyOnceWith('');
  });
});

describe('permissions', () => {
  const REQUESTED: RequestedPermission[] = [
    'clipboard-read', 'clipboard-sanitized-write', 'display-capture', 'fullscreen', 'geolocation', 'idle-detection', 'media',
    'mediaKeySystem', 'midi', 'midiSysex', 'notifications', 'pointerLock', 'keyboardLock', 'openExternal', 'speaker-selection',
    'storage-access', 'top-level-storage-access', 'window-management', 'unknown', 'fileSystem',
  ];
  const CHECKED: CheckedPermission[] = [
    'clipboard-read', 'clipboard-sanitized-write', 'geolocation', 'fullscreen', 'hid', 'idle-detection', 'media', 'mediaKeySystem',
    'midi', 'midiSysex', 'notifications', 'openExternal', 'pointerLock', 'serial', 'storage-access', 'top-level-storage-access', 'usb',
    'deprecated-sync-clipboard-read', 'fileSystem',
  ];

  function guardedSession(): FakeSession {
    const ses = new FakeSession();
    guardSession(ses as unknown as GuardedSession);
    return ses;
  }

  it('every permission request is answered callback(false), even from the app itself', () => {
    const ses = guardedSession();
    const contents = { getURL: () => 'app://renderer/index.html' } as unknown as WebContents;
    for (const permission of REQUESTED) {
      const callback = vi.fn();
      const details: PermissionRequest = { isMainFrame: true, requestingUrl: 'app://renderer/index.html' };
      ses.requestHandler!(contents, permission, callback, details);
      expect(callback, permission).toHaveBeenCalledExactlyOnceWith(false);
    }
  });

  it('every permission check answers false', () => {
    const ses = guardedSession();
    for (const permission of CHECKED) {
      const details: PermissionCheckHandlerHandlerDetails = { isMainFrame: true, requestingUrl: 'app://renderer/index.html' };
      expect(ses.checkHandler!(null, permission, 'app://renderer', details), permission).toBe(false);
    }
  });

  it('no HID, serial or USB device is granted or picked', () => {
    const ses = guardedSession();
    for (const deviceType of ['hid', 'serial', 'usb'] as const) {
      const details = { deviceType, origin: 'app://renderer', device: {} } as unknown as DevicePermissionHandlerHandlerDetails;
      expect(ses.deviceHandler!(details), deviceType).toBe(false);
    }
    const hid = { event: preventable({}), callback: vi.fn() };
    ses.emit('select-hid-device', hid.event, { deviceList: [{ deviceId: 'k', name: 'Keyboard' }], frame: null }, hid.callback);
    const serial = { event: preventable({}), callback: vi.fn() };
    ses.emit('select-serial-port', serial.event, [{ portId: 'p', portName: 'COM1' }], {} as WebContents, serial.callback);
    const usb = { event: preventable({}), callback: vi.fn() };
    ses.emit('select-usb-device', usb.event, { deviceList: [{ deviceId: 'u' }], frame: null }, usb.callback);
    for (const [name, picker] of Object.entries({ hid, serial, usb })) {
      expect(picker.event.preventDefault, name).toHaveBeenCalledOnce();
      expect(picker.callback, name).toHaveBeenCalledOnce();
      expect(picker.callback.mock.calls[0]!.filter(Boolean), `${name} picks no device`).toEqual([]);
    }
  });
});
