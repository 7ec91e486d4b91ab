import { createServer } from 'node:net';
import { ConfigError } from './listen-config';

/**
 * Why the centre could not listen, in words. The usual case is an administrator starting it a
 * second time: Node's "listen EADDRINUSE: address already in use" does not say that.
 */
export function explainListenError(error: unknown, host: string, port: number): unknown {
  switch ((error as NodeJS.ErrnoException | null)?.code) {
    case 'EADDRINUSE':
      return new ConfigError(
        `Port ${port} on ${host} is already in use: is the central API already running? Stop it (Ctrl+C in its terminal), or choose another port with --port (or PORT).`,
      );
    case 'EACCES':
      return new ConfigError(`Port ${port} on ${host} needs administrator rights (ports below 1024): choose a port above 1024 with --port, or put a TLS proxy in front.`);
    case 'EADDRNOTAVAIL':
      return new ConfigError(`This computer has no address ${host}: choose one of its own addresses with --host (or HOST).`);
    default:
      return error;
  }
}

/**
 * Checked before the database is opened, so that a centre started twice neither creates a
 * PGlite folder nor migrates a database before it is refused. Port 0 (any free port) always is.
 */
export async function checkPortFree(host: string, port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error) => reject(explainListenError(error, host, port)));
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
