import { createServer, request as httpRequest, type IncomingMessage, type RequestListener, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/*
 * Small HTTP proxies between an app and the centre, for tests of what a network does to sync
 * (a slow link, a lost answer, batches arriving out of order). Only ever on 127.0.0.1.
 */

export interface Relay {
  url: string;
  close(): Promise<void>;
}

/** A proxy on a free 127.0.0.1 port, answering with `handler`. */
export async function startRelay(handler: RequestListener): Promise<Relay> {
  const server = createServer(handler);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export interface ForwardOptions {
  /** The centre acts on the request, but its answer never reaches the app: the connection is cut. */
  loseAnswer?: boolean;
  /** Passes the centre's answer on (after its status and headers); by default piped as it comes. */
  deliver?: (answer: IncomingMessage, res: ServerResponse) => void;
}

/** Sends a request on to the centre at `target`: its body as read (`body`) or streamed from `req`. */
export function forward(target: string, req: IncomingMessage, res: ServerResponse, body: Buffer | null, options: ForwardOptions = {}): void {
  const to = new URL(target);
  const upstream = httpRequest({ host: to.hostname, port: to.port, path: req.url, method: req.method, headers: { ...req.headers, host: to.host } }, (answer) => {
    if (options.loseAnswer) {
      answer.resume();
      answer.on('end', () => req.socket.destroy());
      return;
    }
    res.writeHead(answer.statusCode ?? 500, answer.headers);
    if (options.deliver) options.deliver(answer, res);
    else answer.pipe(res);
  });
  upstream.on('error', () => req.socket.destroy());
  if (body) upstream.end(body);
  else req.pipe(upstream);
}
