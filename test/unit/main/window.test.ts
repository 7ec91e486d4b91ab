/**
 * Every window the app creates (the main window, the hidden print window) comes from
 * createHardenedWindow, with web preferences no caller can weaken. `electron` is replaced by
 * a stand-in BrowserWindow that records what it was given (the binary cannot run here).
 */
import type { BrowserWindowConstructorOptions } from 'electron';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const created = vi.hoisted(() => [] as BrowserWindowConstructorOptions[]);

vi.mock('electron', () => {
  class BrowserWindow {
    constructor(options: BrowserWindowConstructorOptions) {
      created.push(options);
    }
    once(): this {
      return this;
    }
    loadURL(): Promise<void> {
      return Promise.resolve();
    }
  }
  return { BrowserWindow };
});

const { createHardenedWindow, createMainWindow } = await import('../../../electron/main/window');

const HARDENED = {
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
};

describe('hardened windows', () => {
  beforeEach(() => {
    created.length = 0;
  });

  it('the main window is isolated, sandboxed, without Node, with the app’s preload only', () => {
    createMainWindow('/app/dist/electron/preload.cjs');
    expect(created).toHaveLength(1);
    expect(created[0]!.webPreferences).toMatchObject({ ...HARDENED, preload: '/app/dist/electron/preload.cjs' });
    expect(created[0]!.webPreferences).not.toHaveProperty('enableBlinkFeatures');
    expect(created[0]!.webPreferences).not.toHaveProperty('additionalArguments');
  });

  it('a caller cannot weaken the web preferences', () => {
    const sneaky = { show: false, webPreferences: { nodeIntegration: true, sandbox: false, contextIsolation: false, webSecurity: false } };
    createHardenedWindow('/app/preload.cjs', sneaky as Parameters<typeof createHardenedWindow>[1]);
    expect(created[0]!.show).toBe(false);
    expect(created[0]!.webPreferences).toMatchObject(HARDENED);
  });
});
