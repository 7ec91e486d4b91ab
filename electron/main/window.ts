import { BrowserWindow, type BrowserWindowConstructorOptions } from 'electron';
import { APP_ENTRY_URL } from './app-origin';

/** What a caller may choose about a window: anything but its web preferences. */
export type WindowOptions = Omit<BrowserWindowConstructorOptions, 'webPreferences'>;

/**
 * The only place the app creates a window, visible or not. The web preferences are written
 * out here, not passed in, so no caller can weaken them and the scanner
 * (scripts/security/electronegativity.ts) reads them where they apply: isolated,
 * sandboxed, no Node in the renderer, web security on, no insecure content, no
 * experimental or Blink features (middle-click "auxclick" off), no webview tag.
 */
export function createHardenedWindow(preloadPath: string, options: WindowOptions): BrowserWindow {
  return new BrowserWindow({
    ...options,
    webPreferences: {
      preload: preloadPath,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      disableBlinkFeatures: 'Auxclick',
      webviewTag: false,
      spellcheck: false,
    },
  });
}

/** The app's main window. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = createHardenedWindow(preloadPath, {
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Field Recorder',
    backgroundColor: '#f4f5f7',
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
