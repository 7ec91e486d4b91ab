import type { FastifyInstance } from 'fastify';
import { createServer } from 'node:net';
import { buildServer } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { createOfficer } from '../../../server/officers/officers';
import { freshPgliteDatabase } from '../../support/pglite';
import { test as appTest } from './app-fixture';
import { DEMO } from './browser-mode';

/**
 * A real central API on a PGlite database of its own, at a port kept for it on 127.0.0.1,
 * knowing the demo supervisor (the centre takes changes only from officers it knows). A test
 * starts it, and may stop and start it again, to see what an officer sees when it is down.
 */
export interface Central {
  database: Database;
  url: string;
  /** A fresh one-time enrolment code, as `npm run server:cli -- create-enrolment-code` prints. */
  enrolmentCode(): Promise<string>;
  /** `holdPushMs`: every push waits this long before it commits (a slow centre). */
  start(options?: { holdPushMs?: number }): Promise<void>;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** The app's fixture plus `central`, not yet started; stopped and its database removed after the test. */
export const test = appTest.extend<{ central: Central }>({
  // eslint-disable-next-line no-empty-pattern
  central: async ({}, use) => {
    const database = await freshPgliteDatabase();
    await createOfficer(database, { id: DEMO.supervisor.id, name: DEMO.supervisor.name, role: 'supervisor', username: DEMO.supervisor.username, password: DEMO.supervisor.password });
    const port = await freePort();
    let server: FastifyInstance | null = null;
    const central: Central = {
      database,
      url: `http://127.0.0.1:${port}`,
      enrolmentCode: async () => (await createEnrolmentCode(database)).code,
      async start({ holdPushMs = 0 } = {}) {
        const beforePushCommit = holdPushMs ? () => new Promise<void>((resolve) => setTimeout(resolve, holdPushMs)) : undefined;
        server = await buildServer({ database, ...(beforePushCommit ? { beforePushCommit } : {}) });
        await server.listen({ host: '127.0.0.1', port });
      },
      async stop() {
        await server?.close();
        server = null;
      },
    };
    await use(central);
    await central.stop();
    await database.close();
  },
});
