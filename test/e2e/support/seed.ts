import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../../..');

/** Only the two demo officers (offline sign-in), as `npm run seed -- --officers-only` does. */
export function provisionDemoOfficers(dataDir: string): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--officers-only'], {
    cwd: ROOT,
    env: { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
}

/**
 * Fills a data folder with synthetic boats and people, as `npm run seed` does. Run it while
 * browser mode is stopped (or restart it after): the engine should own the database alone.
 */
export function seedPeople(dataDir: string, people: number): void {
  execFileSync(process.execPath, ['--import', 'tsx', 'scripts/seed.ts', '--people', String(people)], {
    cwd: ROOT,
    env: { ...process.env, FIELD_RECORDER_DATA_DIR: dataDir },
    stdio: 'ignore',
  });
}
