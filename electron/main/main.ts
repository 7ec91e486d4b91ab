/**
 * The desktop app's entry: lifecycle and wiring only. Everything that touches data lives
 * in electron/core and is the same engine browser mode and the tests use.
 */
import { app, BrowserWindow, dialog, Menu } from 'electron';
import { join } from 'node:path';
import { databasePath, defaultUserDataDir } from '../core/db/paths';
import { createEngine, type Engine } from '../core/engine';
import { denyAllPermissions, hardenAllWebContents } from './hardening';
import { registerApiHandler } from './ipc';
import { loadDatabaseKey } from './database-key';
import { buildAppMenu } from './menu';
import { desktopPrintHost } from './print';
import { registerAppScheme, serveRenderer } from './protocol';
import { createMainWindow } from './window';

// Same folder as browser mode (see core/db/paths.ts); must be set before `ready`.
app.setPath('userData', defaultUserDataDir());
app.enableSandbox();
// Officers read and type UK dates. Date and time fields follow the app's locale, which would
// otherwise be the laptop's language: on a laptop set up in US English they read mm/dd/yyyy.
app.commandLine.appendSwitch('lang', 'en-GB');
registerAppScheme();
hardenAllWebContents();

if (!app.requestSingleInstanceLock()) app.quit();

let engine: Engine | undefined;
const preloadPath = join(__dirname, 'preload.cjs');

app.whenReady().then(() => {
  denyAllPermissions();
  serveRenderer(join(__dirname, '../renderer'));
  try {
    engine = createEngine({
      databaseFile: databasePath(app.getPath('userData')),
      key: loadDatabaseKey(app.getPath('userData')),
      appVersion: app.getVersion(),
      autoSync: true,
      host: desktopPrintHost(preloadPath, () => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0]),
      // `npm start` rebuilds better-sqlite3 for Electron into a separate folder so the
      // project's node_modules stays at Node's ABI for the tests.
      ...(process.env.FIELD_RECORDER_NATIVE_BINDING ? { nativeBinding: process.env.FIELD_RECORDER_NATIVE_BINDING } : {}),
    });
  } catch (error) {
    dialog.showErrorBox('The field recorder cannot open its data', error instanceof Error ? error.message : String(error));
    app.exit(1);
    return;
  }
  const opened = engine;
  // Who acts is the engine's officer session: nobody until an officer signs in.
  registerApiHandler(opened);
  Menu.setApplicationMenu(buildAppMenu());
  createMainWindow(preloadPath);
});

app.on('second-instance', () => {
  const [window] = BrowserWindow.getAllWindows();
  if (window) {
    if (window.isMinimized()) window.restore();
    window.focus();
  }
});

app.on('activate', () => {
  if (BrowserWindow.getAllWindows().length === 0 && engine) createMainWindow(preloadPath);
});

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});

app.on('will-quit', () => engine?.close());
