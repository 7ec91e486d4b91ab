import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * The path of the Electron executable, or null when the package is installed without
 * its binary (ELECTRON_SKIP_BINARY_DOWNLOAD=1, or a machine that cannot reach GitHub).
 */
export function findElectronBinary(): string | null {
  try {
    const path = createRequire(import.meta.url)('electron') as unknown;
    return typeof path === 'string' && existsSync(path) ? path : null;
  } catch {
    return null;
  }
}

export const MISSING_ELECTRON_EXPLANATION = `
The Electron binary is not installed on this machine, so the desktop app cannot start.
This happens when dependencies were installed with ELECTRON_SKIP_BINARY_DOWNLOAD=1, or
when the machine cannot download Electron's binary from GitHub. To get the desktop app,
run \`npm install\` again on a machine with internet access (without that variable), then
\`npm start\`. Meanwhile the same app is starting in browser mode: it uses the same engine
and the same data folder, served only to this computer on 127.0.0.1.
`;
