/**
 * Starts the central API: `tsx server/main.ts [--host …] [--port …] [--tls-cert … --tls-key …]`
 * (or HOST, PORT, TLS_CERT_FILE, TLS_KEY_FILE). PostgreSQL when DATABASE_URL is set, else
 * PGlite in SERVER_DATA_DIR (default .data/central). HTTPS from the certificate files when
 * given; plain HTTP only on a loopback address (see http/listen-config.ts).
 * OFFICER_SESSION_HOURS sets how long an officer token lasts (default 12).
 */
import { buildServer } from './app';
import { describeDatabase, openDatabase } from './db/open';
import { ConfigError, listenConfig } from './http/listen-config';
import { loggerOptions } from './http/logging';
import { checkPortFree, explainListenError } from './http/port-free';
import { DEFAULT_OFFICER_SESSION_HOURS } from './officers/sessions';

function sessionHours(text: string | undefined): number {
  if (text === undefined || text === '') return DEFAULT_OFFICER_SESSION_HOURS;
  const hours = Number(text);
  if (!(hours > 0 && hours <= 24 * 7)) throw new ConfigError(`OFFICER_SESSION_HOURS must be a number of hours above 0 and at most 168, not ${text}`);
  return hours;
}

const SERVER_USAGE = `Usage: npm run server -- [--host <address>] [--port <n>] [--tls-cert <cert.pem> --tls-key <key.pem>]
  --host       where to listen (HOST; default 127.0.0.1). Plain HTTP only on a loopback address.
  --port       the port (PORT; default 8787; 0 for any free port)
  --tls-cert   PEM certificate and --tls-key its key (TLS_CERT_FILE, TLS_KEY_FILE): HTTPS
The database is PostgreSQL with DATABASE_URL, else PGlite in SERVER_DATA_DIR (default .data/central).
Administration (officers, enrolment codes, devices): npm run server:cli -- --help`;

async function main(): Promise<void> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${SERVER_USAGE}\n`);
    return;
  }
  // Checked before the database is opened: a wrong flag or file fails at once, with its reason.
  const config = listenConfig(process.argv.slice(2), process.env);
  const officerSessionHours = sessionHours(process.env.OFFICER_SESSION_HOURS);
  await checkPortFree(config.host, config.port);
  const database = await openDatabase(process.env);
  const app = await buildServer({
    database,
    logger: loggerOptions(process.env.LOG_LEVEL ?? 'info'),
    trustProxy: process.env.TRUST_PROXY === '1',
    officerSessionHours,
    ...(config.tls ? { https: { cert: config.tls.cert, key: config.tls.key } } : {}),
  });
  const stop = async () => {
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
  try {
    await app.listen({ host: config.host, port: config.port });
  } catch (error) {
    // Taken between the check and now: close the database, which frees a PGlite folder's lock.
    await app.close();
    await database.close();
    throw explainListenError(error, config.host, config.port);
  }
  const address = app.server.address();
  const actualPort = typeof address === 'object' && address ? address.port : config.port;
  const host = config.host.includes(':') ? `[${config.host}]` : config.host;
  app.log.info({ database: describeDatabase(process.env), tls: Boolean(config.tls) }, 'central API started');
  process.stdout.write(`Central API listening on ${config.scheme}://${host}:${actualPort} (${describeDatabase(process.env)})\n`);
}

main().catch((error: unknown) => {
  process.stderr.write(`The central API could not start: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
