import { createServer, request as httpRequest, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { SeededRandom } from '../fixtures/synthetic/random';

export type Fault =
  | 'pass'
  | 'delay'
  | 'refuse' // connection closed before the request reaches the centre
  | 'error-5xx' // the proxy answers 502 without forwarding
  | 'lose-answer' // the centre handles the request; its answer never arrives
  | 'truncate' // the answer is cut short
  | 'reset-mid-body'; // the connection is reset halfway through the answer

const FAULTS: readonly (readonly [Fault, number])[] = [
  ['pass', 40],
  ['delay', 10],
  ['refuse', 10],
  ['error-5xx', 10],
  ['lose-answer', 15],
  ['truncate', 8],
  ['reset-mid-body', 7],
];

export interface FaultProxy {
  url: string;
  /** Faults on (seeded) or off (everything passes). */
  setFaulty(on: boolean): void;
  counts: Record<Fault, number>;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

/**
 * An HTTP proxy on 127.0.0.1 in front of the central API that, seeded, drops, delays,
 * refuses, answers 5xx, loses answers after the centre acted, truncates answers and resets
 * connections mid-body: the failures a quayside network produces.
 */
export async function startFaultProxy(target: string, seed: number): Promise<FaultProxy> {
  const random = new SeededRandom(seed);
  const targetUrl = new URL(target);
  let faulty = true;
  const counts = Object.fromEntries(FAULTS.map(([f]) => [f, 0])) as Record<Fault, number>;

  const server: Server = createServer((req: IncomingMessage, res: ServerResponse) => {
    void (async () => {
      const body = await readBody(req).catch(() => null);
      if (!body) return;
      const fault: Fault = faulty ? random.weighted(FAULTS) : 'pass';
      counts[fault]++;
      if (fault === 'refuse') return req.socket.destroy();
      if (fault === 'error-5xx') return res.writeHead(502, { 'content-type': 'text/plain' }).end('bad gateway');
      if (fault === 'delay') await new Promise((r) => setTimeout(r, random.int(20, 250)));
      const upstream = httpRequest(
        { host: targetUrl.hostname, port: targetUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: targetUrl.host } },
        (answer) => {
          void readBody(answer).then((payload) => {
            if (fault === 'lose-answer') return req.socket.destroy();
            if (fault === 'truncate' || fault === 'reset-mid-body') {
              res.writeHead(answer.statusCode ?? 500, answer.headers);
              res.write(payload.subarray(0, Math.floor(payload.length / 2)));
              return fault === 'truncate' ? void req.socket.end() : req.socket.destroy();
            }
            res.writeHead(answer.statusCode ?? 500, answer.headers).end(payload);
          });
        },
      );
      upstream.on('error', () => req.socket.destroy());
      upstream.end(body);
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    setFaulty: (on) => {
      faulty = on;
    },
    counts,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
