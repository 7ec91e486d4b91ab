import { afterAll, describe, expect, it } from 'vitest';
import { buildServer } from '../../../server/app';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { appCall } from '../../support/app-device';
import { useCentral } from '../../support/central';
import { freshPgliteDatabase } from '../../support/pglite';
import { forward, startRelay, type Relay } from '../../support/relay';
import { arrivalInput, createTempEngine, type TempEngine } from '../../support/temp-engine';

/**
 * A proxy to the centre: the same centre under another address. `loseFirstEnrolAnswer`: the
 * answer to the first enrolment is lost (after the centre acted on it).
 */
function proxyTo(target: string, { loseFirstEnrolAnswer = false } = {}): Promise<Relay> {
  let enrolments = 0;
  return startRelay((req, res) => {
    const loseAnswer = loseFirstEnrolAnswer && req.url === '/v1/devices/enrol' && enrolments++ === 0;
    forward(target, req, res, null, { loseAnswer });
  });
}

describe('enrolment', () => {
  const central = useCentral('pglite');
  const devices: TempEngine[] = [];
  afterAll(() => devices.forEach((d) => d.cleanup()));

  it('over a link that loses the answer: the officer is told to try the same code again, and it works: the device enrols and syncs', async () => {
    const link = await proxyTo(central.url, { loseFirstEnrolAnswer: true });
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

  it('is kept when the address changes to one where the centre knows the device; dropped where it does not', async () => {
    const sameCentre = await proxyTo(central.url);
    try {
      const device = createTempEngine();
      devices.push(device);
      await appCall(device, 'sync.configure', { apiUrl: central.url });
      await appCall(device, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
      await appCall(device, 'arrivals.create', arrivalInput({ familyName: 'Before' }));
      expect(await appCall(device, 'sync.run')).toMatchObject({ sent: 1 });

      // The same centre under a new address (a new host name, say): still enrolled, still syncing.
      expect(await appCall(device, 'sync.configure', { apiUrl: sameCentre.url })).toMatchObject({ enrolled: true });
      await appCall(device, 'arrivals.create', arrivalInput({ familyName: 'After' }));
      expect(await appCall(device, 'sync.run')).toMatchObject({ sent: 1, rejected: 0 });

      // Another centre, which has never heard of this device: it must enrol there.
      const other = await freshPgliteDatabase();
      const otherApp = await buildServer({ database: other });
      try {
        const otherUrl = await otherApp.listen({ host: '127.0.0.1', port: 0 });
        expect(await appCall(device, 'sync.configure', { apiUrl: otherUrl })).toMatchObject({ enrolled: false });
        await appCall(device, 'sync.enrol', { code: (await createEnrolmentCode(other)).code });
        expect((await appCall(device, 'sync.status')).enrolled).toBe(true);
      } finally {
        await otherApp.close();
        await other.close();
      }
    } finally {
      await sameCentre.close();
    }
  });
});
