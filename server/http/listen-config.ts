import { readFileSync } from 'node:fs';
import { createSecureContext } from 'node:tls';
import { parseArgs } from 'node:util';

/*
 * Where and how `npm run server` listens. Flags win over the environment:
 *   --host / HOST (default 127.0.0.1)   --port / PORT (default 8787)
 *   --tls-cert / TLS_CERT_FILE and --tls-key / TLS_KEY_FILE: PEM files; with both, HTTPS.
 * Plain HTTP is allowed on a loopback address only (development, or a TLS-terminating proxy on
 * the same machine): officers' data and tokens never cross a network unencrypted.
 */

export const DEFAULT_PORT = 8787;
const DEFAULT_HOST = '127.0.0.1';

export interface ListenConfig {
  host: string;
  port: number;
  tls: { cert: Buffer; key: Buffer; certFile: string; keyFile: string } | null;
  /** How clients reach it, e.g. https://10.0.0.5:8787 (the actual port is filled in after listen). */
  scheme: 'http' | 'https';
}

export class ConfigError extends Error {}

export function isLoopback(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  return h === 'localhost' || h === '::1' || /^127(\.\d{1,3}){3}$/.test(h) || h === '::ffff:127.0.0.1';
}

function readPem(file: string, what: string): Buffer {
  try {
    return readFileSync(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'there is no such file' : code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'it is a folder' : (code ?? 'unreadable');
    throw new ConfigError(`The TLS ${what} file ${file} cannot be read: ${why}`);
  }
}

export function listenConfig(argv: readonly string[], env: NodeJS.ProcessEnv): ListenConfig {
  let values: { host?: string; port?: string; 'tls-cert'?: string; 'tls-key'?: string };
  try {
    ({ values } = parseArgs({ args: [...argv], options: { host: { type: 'string' }, port: { type: 'string' }, 'tls-cert': { type: 'string' }, 'tls-key': { type: 'string' } } }));
  } catch (error) {
    throw new ConfigError(`${(error as Error).message}. Options: --host <address> --port <n> --tls-cert <cert.pem> --tls-key <key.pem>`);
  }
  const host = values.host || env.HOST || DEFAULT_HOST;
  const portText = values.port ?? env.PORT;
  const port = portText === undefined || portText === '' ? DEFAULT_PORT : Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new ConfigError(`PORT must be a port number, not ${portText}`);
  const certFile = values['tls-cert'] || env.TLS_CERT_FILE || '';
  const keyFile = values['tls-key'] || env.TLS_KEY_FILE || '';
  if (Boolean(certFile) !== Boolean(keyFile)) {
    throw new ConfigError(`HTTPS needs both a certificate and its key: give ${certFile ? 'TLS_KEY_FILE (or --tls-key)' : 'TLS_CERT_FILE (or --tls-cert)'} too`);
  }
  if (!certFile) {
    if (!isLoopback(host)) {
      throw new ConfigError(
        `Refusing to serve plain HTTP on ${host}: officers' data and tokens would cross the network unencrypted. ` +
          'Give a certificate and key (TLS_CERT_FILE and TLS_KEY_FILE, or --tls-cert and --tls-key), or listen on 127.0.0.1 for development.',
      );
    }
    return { host, port, tls: null, scheme: 'http' };
  }
  const cert = readPem(certFile, 'certificate');
  const key = readPem(keyFile, 'key');
  try {
    createSecureContext({ cert, key });
  } catch (error) {
    throw new ConfigError(`The TLS certificate ${certFile} and key ${keyFile} cannot be used together: ${(error as Error).message}`);
  }
  return { host, port, tls: { cert, key, certFile, keyFile }, scheme: 'https' };
}
