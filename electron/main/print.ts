import { dialog, type BrowserWindow } from 'electron';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { HostCapabilities } from '../core/host';
import { APP_ENTRY_URL } from './app-origin';
import { createHardenedWindow } from './window';

const READY_TIMEOUT_MS = 15_000;

/** Waits for the print view to mark itself ready (data and QR code loaded). */
async function waitUntilReady(window: BrowserWindow): Promise<void> {
  const deadline = Date.now() + READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    const ready = await window.webContents.executeJavaScript('document.documentElement.dataset.printReady === "true"');
    if (ready) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('print view did not become ready');
}

/** Save as PDF: the same print view rendered in a hidden, equally hardened window. */
export function desktopPrintHost(preloadPath: string, parent: () => BrowserWindow | undefined): HostCapabilities {
  return {
    async savePdf(route, suggestedName) {
      const hidden = createHardenedWindow(preloadPath, { show: false });
      try {
        await hidden.loadURL(`${APP_ENTRY_URL}#${route}`);
        await waitUntilReady(hidden);
        const pdf = await hidden.webContents.printToPDF({ preferCSSPageSize: true, printBackground: true });
        const owner = parent();
        const options = { defaultPath: join(suggestedNameFolder(), suggestedName), filters: [{ name: 'PDF', extensions: ['pdf'] }] };
        const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
        if (choice.canceled || !choice.filePath) return { saved: false, path: null };
        await writeFile(choice.filePath, pdf, { mode: 0o600 });
        return { saved: true, path: choice.filePath };
      } finally {
        hidden.destroy();
      }
    },
    async saveText(suggestedName, text, filter) {
      const owner = parent();
      const options = { defaultPath: join(suggestedNameFolder(), suggestedName), filters: [filter] };
      const choice = owner ? await dialog.showSaveDialog(owner, options) : await dialog.showSaveDialog(options);
      if (choice.canceled || !choice.filePath) return { saved: false, path: null };
      await writeFile(choice.filePath, text, { encoding: 'utf8', mode: 0o600 });
      return { saved: true, path: choice.filePath };
    },
  };
}

function suggestedNameFolder(): string {
  return process.env.HOME ?? process.env.USERPROFILE ?? '.';
}
