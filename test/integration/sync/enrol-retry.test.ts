import { createServer, request as httpRequest, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { appCall } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

/** A proxy to the centre that loses the answer to the first enrolment (after the centre acted on it). */
async function losingFirstEnrolAnswer(target: string): Promise<{ url: string; close(): Promise<void> }> {
  const targetUrl = new URL(target);
  let enrolments = 0;
  const server: Server = createServer((req, res) => {
    const lose = req.url === '/v1/devices/enrol' && enrolments++ === 0;
    const upstream = httpRequest({ host: targetUrl.hostname, port: targetUrl.port, path: req.url, method: req.method, headers: { ...req.headers, host: targetUrl.host } }, (answer) => {
      if (lose) {
        answer.resume();
        answer.on('end', () => req.socket.destroy());
        return;
      }
      res.writeHead(answer.statusCode ?? 500, answer.headers);
      answer.pipe(res);
    });
    upstream.on('error', () => req.socket.destroy());
    req.pipe(upstream);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`,
    close: () => new Promise((resolve) => { server.closeAllConnections(); server.close(() => resolve()); }),
  };
}

describe('enrolling over a link that loses an answer', () => {
  const central = useCentral('pglite');
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  it('the officer is told to try the same code again, and it works: the device enrols and syncs', async () => {
    const link = await losingFirstEnrolAnswer(central.url);
    try {
      const device = createTempEngine();
      devices.push(device);
      await appCall(device, 'sync.configure', { apiUrl: link.url });
      const { code } = await createEnrolmentCode(central.db);

      const lost = await appCall(device, 'sync.enrol', { code }).catch((error: Error) => error);
      expect((lost as Error).message).toContain('enrol again with the same code once the network is back');
      expect((await appCall(device, 'sync.status')).enrolled).toBe(false);

      await appCall(device, 'sync.enrol', { code });
      expect((await appCall(device, 'sync.status')).enrolled).toBe(true);
      await appCall(device, 'arrivals.create', arrivalInput({ familyName: 'Enrolled' }));
      expect(await appCall(device, 'sync.run')).toMatchObject({ sent: 1, rejected: 0 });
    } finally {
      await link.close();
    }
  });
});
