import type { FastifyInstance } from 'fastify';
import { createServer } from 'node:net';
import { buildServer } from '../../../server/app';
import type { Database } from '../../../server/db/database';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { createOfficer } from '../../../server/officers/officers';
import { freshPgliteDatabase } from '../../support/pglite';
import { DEMO } from './browser-mode';

/** A real central API on a PGlite database of its own, on 127.0.0.1, knowing the demo supervisor. */
export interface RunningCentral {
  database: Database;
  url: string;
  /** A fresh one-time enrolment code, as `npm run server:cli -- create-enrolment-code` prints. */
  enrolmentCode(): Promise<string>;
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

export async function startCentral(): Promise<RunningCentral> {
  const database = await freshPgliteDatabase();
  await createOfficer(database, { id: DEMO.supervisor.id, name: DEMO.supervisor.name, role: 'supervisor', username: DEMO.supervisor.username, password: DEMO.supervisor.password });
  const port = await freePort();
  const server: FastifyInstance = await buildServer({ database });
  await server.listen({ host: '127.0.0.1', port });
  return {
    database,
    url: `http://127.0.0.1:${port}`,
    enrolmentCode: async () => (await createEnrolmentCode(database)).code,
    async stop() {
      await server.close();
      await database.close();
    },
  };
}
