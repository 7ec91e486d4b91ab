import { createServer } from 'node:net';
import { parseArgs } from 'node:util';

/**
 * `npm run web -- --port N`: the flag read, and the port checked, before the data folder is
 * opened, so a typo or a port another browser mode (another laptop's data folder) holds is said
 * in words and creates nothing. Node's own errors here were stack traces.
 */
export class StartError extends Error {}

const FLAGS = 'Options: --port <n> (default 5180; 0 for any free port). The data folder is FIELD_RECORDER_DATA_DIR.';

export function webPort(argv: string[], env: NodeJS.ProcessEnv): number {
  let port: string;
  try {
    ({ port } = parseArgs({ args: argv, options: { port: { type: 'string', default: env.PORT || '5180' } } }).values);
  } catch (error) {
    throw new StartError(`${(error as Error).message}. ${FLAGS}`);
  }
  const n = Number(port);
  if (port.trim() === '' || !Number.isInteger(n) || n < 0 || n > 65_535) throw new StartError(`--port must be a port number from 0 to 65535, not ${port}. ${FLAGS}`);
  return n;
}

export async function checkWebPortFree(port: number): Promise<void> {
  if (port === 0) return;
  const probe = createServer();
  await new Promise<void>((resolve, reject) => {
    probe.once('error', (error: NodeJS.ErrnoException) =>
      reject(
        error.code === 'EADDRINUSE'
          ? new StartError(`Port ${port} on 127.0.0.1 is already in use: is browser mode (or something else) already running there? Stop it, or choose another port with --port.`)
          : error,
      ),
    );
    probe.listen({ host: '127.0.0.1', port, exclusive: true }, () => probe.close(() => resolve()));
  });
}
