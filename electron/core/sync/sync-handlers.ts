import type { z } from 'zod';
import { AppError } from '../../../shared/domain/errors';
import type { SyncStatus } from '../../../shared/domain/sync-status';
import { EnrolResponse } from '../../../shared/sync';
import type { Db } from '../db/connection';
import type { Device } from '../db/device';
import { CentralApi, didNotGetThrough } from './central-api';
import { countOpenConflicts } from './conflicts';
import { countPending } from './outbox';
import { countRefused, disabledOfficerIds } from './refused-records';
import type { SyncService } from './sync-service';
import { readSyncState, writeSyncState } from './sync-state';

export function syncStatus(db: Db, service: SyncService): SyncStatus {
  const enrolled = readSyncState(db, 'deviceToken') !== null;
  const apiUrl = readSyncState(db, 'apiUrl');
  return {
    pending: countPending(db),
    activity: !apiUrl || !enrolled ? 'not_configured' : service.activity,
    apiUrl,
    enrolled,
    progress: service.progress,
    lastResult: service.lastResult(),
    lastError: service.lastError,
    openConflicts: countOpenConflicts(db),
    rejected: countRefused(db),
    disabledOfficerIds: disabledOfficerIds(db),
    nextAttemptAt: service.nextAttemptAt ? new Date(service.nextAttemptAt).toISOString() : null,
  };
}

/**
 * A new address may be another centre, or the same one under another name (a new host name,
 * https instead of http). The device keeps its token if the centre at the new address knows
 * it, or cannot be asked now (the next sync will tell); one that does not know it (or has
 * revoked it) means enrolling there with a new code. Pulls start over either way: re-pulling
 * what this device already holds changes nothing.
 */
export async function configureSync(db: Db, apiUrl: string): Promise<void> {
  const normalised = apiUrl.replace(/\/+$/, '') + '/';
  if (readSyncState(db, 'apiUrl') === normalised) return;
  const token = readSyncState(db, 'deviceToken');
  const known = token ? await new CentralApi(normalised, token, 10_000).knowsThisDevice() : false;
  db.transaction(() => {
    writeSyncState(db, 'apiUrl', normalised);
    if (known === false) writeSyncState(db, 'deviceToken', null);
    writeSyncState(db, 'pullCursor', null);
  })();
}

/** Enrols this device with a one-time code; the token the centre returns is kept in the encrypted database. */
export async function enrolDevice(db: Db, device: Device, code: string): Promise<{ enrolledAt: string }> {
  const apiUrl = readSyncState(db, 'apiUrl');
  if (!apiUrl) throw AppError.validation([{ path: 'code', message: 'Set the central API address first' }]);
  const answer: z.infer<typeof EnrolResponse> = await new CentralApi(apiUrl, null)
    .post('/v1/devices/enrol', { code, deviceId: device.id, deviceCode: device.code }, EnrolResponse)
    .catch((error: unknown) => {
      // The centre may have enrolled the device and only its answer was lost: the same code
      // works again for this device for an hour (server/devices/enrol.ts).
      if (didNotGetThrough(error)) {
        throw new AppError(
          'UNAVAILABLE',
          'The central API did not answer (no network, or too slow). The device may not be enrolled yet: enrol again with the same code once the network is back (it stays valid for this device for an hour).',
        );
      }
      throw error;
    });
  db.transaction(() => {
    writeSyncState(db, 'deviceToken', answer.deviceToken);
    writeSyncState(db, 'enrolledAt', answer.enrolledAt);
  })();
  return { enrolledAt: answer.enrolledAt };
}
