import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DEMO_OFFICER, DEMO_PASSWORDS, DEMO_SUPERVISOR } from '../../fixtures/synthetic/demo-officer-accounts';
import { apiClient } from './api';
import { provisionDemoOfficers, seedPeople } from './seed';

const ROOT = resolve(import.meta.dirname, '../../..');

export interface BrowserModeApp {
  url: string;
  dataDir: string;
  restart(): Promise<void>;
  stop(): Promise<void>;
  cleanup(): Promise<void>;
}

export interface BrowserModeOptions {
  /** Fill the data folder with this many synthetic people first, as `npm run seed -- --people N` does. */
  seedPeople?: number;
  /**
   * Who is signed in after each launch and restart (the session is the engine's, so the page
   * is signed in too): the demo supervisor by default, or nobody (`false`).
   */
  signInAs?: 'officer' | 'supervisor' | false;
  /** `false` turns background sync off (FIELD_RECORDER_AUTO_SYNC=0), for a test that syncs with the button. */
  autoSync?: boolean;
}

/** The demo officers every browser-mode data folder gets (README, "Signing in"). */
export const DEMO = {
  officer: { ...DEMO_OFFICER, password: DEMO_PASSWORDS[DEMO_OFFICER.username]! },
  supervisor: { ...DEMO_SUPERVISOR, password: DEMO_PASSWORDS[DEMO_SUPERVISOR.username]! },
} as const;

/** Runs the real `electron/web/start.ts` process on a temp data folder, as `npm run web` does. */
export async function startBrowserMode(options: BrowserModeOptions = {}): Promise<BrowserModeApp> {
  const dataDir = mkdtempSync(join(tmpdir(), 'field-recorder-e2e-'));
  // Before the engine opens the database; seeding people provisions the demo officers too.
  if (options.seedPeople) seedPeople(dataDir, options.seedPeople);
  else provisionDemoOfficers(dataDir);
  const signInAs = options.signInAs ?? 'supervisor';
  const env: Record<string, string> = options.autoSync === false ? { FIELD_RECORDER_AUTO_SYNC: '0' } : {};
  const launchSignedIn = async (): Promise<{ child: ChildProcess; url: string }> => {
    const launched = await launchBrowserMode(dataDir, env);
    if (signInAs) {
      const { username, password } = DEMO[signInAs];
      try {
        await (await apiClient(launched.url))('session.signIn', { username, password });
      } catch (error) {
        launched.child.kill('SIGKILL');
        throw error;
      }
    }
    return launched;
  };
  let child: ChildProcess | undefined;
  const app: BrowserModeApp = {
    url: '',
    dataDir,
    async restart() {
      await app.stop();
      ({ child, url: app.url } = await launchSignedIn());
    },
    async stop() {
      await stopBrowserMode(child);
    },
    async cleanup() {
      await app.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
  ({ child, url: app.url } = await launchSignedIn());
  return app;
}

/** Stops a browser-mode process; one that does not stop in time is killed, so a stuck shutdown never eats a test's time. */
export async function stopBrowserMode(child: ChildProcess | undefined): Promise<void> {
  if (!child || child.exitCode !== null) return;
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  const killer = setTimeout(() => child.kill('SIGKILL'), 5_000);
  await exited;
  clearTimeout(killer);
}

/**
 * `npm run web` on a data folder as it is (nothing provisioned), with `env` added to this
 * process's environment; resolves once it prints its URL, with what it printed.
 */
export function launchBrowserMode(dataDir: string, env: Record<string, string> = {}): Promise<{ child: ChildProcess; url: string; output: string }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'electron/web/start.ts', '--port', '0'], {
    cwd: ROOT,
    env: { ...process.env, ...env, FIELD_RECORDER_DATA_DIR: dataDir, FIELD_RECORDER_QUIET: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise((resolvePromise, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`browser mode did not start:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /running at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolvePromise({ child, url: match[1]!, output });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`browser mode exited (${code}):\n${output}`));
    });
  });
}
