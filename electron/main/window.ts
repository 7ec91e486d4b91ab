import { BrowserWindow, type WebPreferences } from 'electron';
import { join } from 'node:path';
import { APP_ENTRY_URL } from './app-origin';

/** Every window of the app, visible or not: isolated, sandboxed, no Node in the renderer. */
export function hardenedWebPreferences(preloadPath: string): WebPreferences {
  return {
    preload: join(preloadPath),
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    spellcheck: false,
  };
}

/** The app's main window. */
export function createMainWindow(preloadPath: string): BrowserWindow {
  const window = new BrowserWindow({
    width: 1280,
    height: 860,
    minWidth: 900,
    minHeight: 600,
    show: false,
    title: 'Field Recorder',
    backgroundColor: '#f4f5f7',
    webPreferences: hardenedWebPreferences(preloadPath),
  });
  window.once('ready-to-show', () => window.show());
  void window.loadURL(APP_ENTRY_URL);
  return window;
}
