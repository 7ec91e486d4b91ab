/**
 * Starts the central API: `tsx server/main.ts`. PostgreSQL when DATABASE_URL is set, else
 * PGlite in SERVER_DATA_DIR (default .data/central). Listens on 127.0.0.1 only; put a
 * TLS-terminating reverse proxy in front of it to reach devices.
 */
import { buildServer } from './app';
import { describeDatabase, openDatabase } from './db/open';
import { loggerOptions } from './http/logging';

const DEFAULT_PORT = 8787;

async function main(): Promise<void> {
  const port = process.env.PORT ? Number(process.env.PORT) : DEFAULT_PORT;
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT must be a port number, not ${process.env.PORT}`);
  const database = await openDatabase(process.env);
  const app = await buildServer({
    database,
    logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
    trustProxy: process.env.TRUST_PROXY === '1',
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  await app.listen({ host: '127.0.0.1', port });
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  app.log.info({ database: describeDatabase(process.env) }, 'central API started');
  process.stdout.write(`Central API listening on http://127.0.0.1:${actualPort} (${describeDatabase(process.env)})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The central API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
