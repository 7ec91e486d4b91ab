import { test as base } from '@playwright/test';
import { apiClient, type Api } from './api';
import { startBrowserMode, type BrowserModeApp, type BrowserModeOptions } from './browser-mode';

export { expect } from '@playwright/test';

/** How the app is started for each test; change them for a file or a describe block with `test.use`. */
export interface AppOptions {
  /** Synthetic people seeded into the data folder before the engine starts (0: only the demo officers). */
  seedPeople: number;
  /** Who is signed in at launch and after each restart: the demo supervisor by default, or nobody (`false`). */
  signInAs: NonNullable<BrowserModeOptions['signInAs']>;
  /** `false` turns background sync off, for a test that syncs with the button. */
  autoSync: boolean;
}

export interface AppFixtures {
  /** Browser mode on its own temp data folder, as `npm run web` runs it: started for the test, stopped and removed after it. */
  app: BrowserModeApp;
  /** The app's API, called from the test as another officer (or the page) would; signed in as `signInAs`. */
  api: Api;
}

/** `test` from @playwright/test, with the app each test needs started for it and removed after it. */
export const test = base.extend<AppOptions & AppFixtures>({
  seedPeople: [0, { option: true }],
  signInAs: ['supervisor', { option: true }],
  autoSync: [true, { option: true }],
  app: async ({ seedPeople, signInAs, autoSync }, use) => {
    const app = await startBrowserMode({ seedPeople, signInAs, autoSync });
    await use(app);
    await app.cleanup();
  },
  api: async ({ app }, use) => {
    await use(await apiClient(app.url));
  },
});
