import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { StartError } from './start-options';

/**
 * One browser mode per data folder. A second one started on the same folder (a second laptop
 * set up on one machine without its own FIELD_RECORDER_DATA_DIR) would be the same device,
 * already enrolled and sending as the first, with two engines on one database. The desktop app
 * has Electron's single-instance lock; this is browser mode's. A lock whose process has died is
 * taken over. The central API locks its PGlite folder the same way (server/db/data-dir-lock.ts):
 * the layers share only shared/, which has no file system, so each keeps its own.
 */
export function lockDataFolder(dir: string): () => void {
  mkdirSync(dir, { recursive: true });
  const file = join(dir, 'browser-mode.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = Number(readFileSync(file, 'utf8').trim());
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new StartError(
          `The data folder ${dir} is already open in browser mode (process ${holder}). Stop that one first, or give this laptop its own folder with FIELD_RECORDER_DATA_DIR.`,
        );
      }
      rmSync(file, { force: true });
    }
  }
  throw new StartError(`Could not lock the data folder ${dir}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
