import { homedir } from 'node:os';
import { join } from 'node:path';

/** The folder name Electron derives from productName; browser mode must use the same. */
export const APP_FOLDER_NAME = 'Field Recorder';
export const DATABASE_FILE = 'field-recorder.sqlite';

/**
 * The user-data folder, computed the way Electron's app.getPath('userData') does, so the
 * desktop app and browser mode open the same data. FIELD_RECORDER_DATA_DIR overrides it
 * (tests, demos, a second device on one machine).
 */
export function defaultUserDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (env.FIELD_RECORDER_DATA_DIR) return env.FIELD_RECORDER_DATA_DIR;
  return join(appDataDir(env, platform), APP_FOLDER_NAME);
}

function appDataDir(env: NodeJS.ProcessEnv, platform: NodeJS.Platform): string {
  if (platform === 'win32') return env.APPDATA ?? join(homedir(), 'AppData', 'Roaming');
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support');
  return env.XDG_CONFIG_HOME ?? join(homedir(), '.config');
}

export function databasePath(userDataDir: string): string {
  return join(userDataDir, DATABASE_FILE);
}
