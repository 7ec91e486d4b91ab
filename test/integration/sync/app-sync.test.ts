import { afterAll, describe, expect, it } from 'vitest';
import { createEnrolmentCode } from '../../../server/devices/enrolment-codes';
import { appCall as call, appDevices } from '../../support/app-device';
import { BACKENDS, useCentral } from '../../support/central';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

// The real app engine (SQLite file) syncing over real HTTP with the real central API.

describe.each(BACKENDS)('app ↔ central sync on %s', (backend) => {
  const central = useCentral(backend);
  const enrolledDevice = appDevices(central);

  it('records made offline are pending, then all safe at the centre after a sync, exactly once', async () => {
    const a = await enrolledDevice({ enrolled: false });
    const boat = await call(a, 'interceptions.create', interceptionInput({ peopleAboard: 3 }));
    const people = [];
    for (const name of ['Habte', 'Kidane', 'Tesfay']) people.push(await call(a, 'arrivals.create', arrivalInput({ familyName: name, route: 'SMALL_BOAT', interceptionId: boat.id })));
    expect((await call(a, 'sync.status')).pending).toBe(4);
    expect((await call(a, 'sync.recordStates', { recordIds: [boat.id] }))[0]!.state).toBe('not_sent');
    await expect(call(a, 'sync.run')).rejects.toThrow(/No central API address/);

    await call(a, 'sync.configure', { apiUrl: central.url });
    await call(a, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
    const first = await call(a, 'sync.run');
    expect(first).toMatchObject({ sent: 4, rejected: 0, conflicts: 0, safeAtCentre: 4, resent: 0 });
    const status = await call(a, 'sync.status');
    expect(status).toMatchObject({ pending: 0, openConflicts: 0, enrolled: true });
    expect((await call(a, 'sync.recordStates', { recordIds: [boat.id, ...people.map((p) => p.id)] })).map((s) => s.state)).toEqual(['safe', 'safe', 'safe', 'safe']);

    const again = await call(a, 'sync.run');
    expect(again).toMatchObject({ sent: 0, received: 0, safeAtCentre: 4 });
    const rows = await central.db.query<{ n: string }>('SELECT count(*) AS n FROM records');
    expect(Number(rows[0]!.n)).toBe(4);
  });

  it('a second device receives the first device’s records and finds them by name', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    await call(a, 'arrivals.create', arrivalInput({ familyName: 'Ghebremedhin', givenNames: 'Filmon' }));
    await call(a, 'sync.run');
    const received = await call(b, 'sync.run');
    expect(received.received).toBeGreaterThanOrEqual(1);
    const found = await call(b, 'arrivals.list', { filter: { search: 'ghebremed' } });
    expect(found.items.map((i) => i.givenNames)).toEqual(['Filmon']);
    expect((await call(b, 'sync.recordStates', { recordIds: [found.items[0]!.id] }))[0]!.state).toBe('safe');
  });

  it('the same person edited on two devices becomes a conflict kept on both sides, resolved by an officer, and both converge', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    const person = await call(a, 'arrivals.create', arrivalInput({ familyName: 'Osman', dateOfBirth: '1990-01-01' }));
    await call(a, 'sync.run');
    await call(b, 'sync.run');
    const onB = await call(b, 'arrivals.get', { id: person.id });
    const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = onB;
    void reference; void createdBy; void createdAt; void updatedAt;
    await call(a, 'arrivals.update', { id, version: person.version, changes: { ...fields, dateOfBirth: '1990-02-01' } });
    await call(b, 'arrivals.update', { id, version, changes: { ...fields, dateOfBirth: '1991-01-01' } });
    expect((await call(a, 'sync.run')).sent).toBe(1);
    const bResult = await call(b, 'sync.run');
    expect(bResult.conflicts).toBe(1);
    const [conflict] = await call(b, 'sync.conflicts');
    expect(conflict!.differences.map((d) => [d.field, d.local, d.server])).toEqual([['dateOfBirth', '1991-01-01', '1990-02-01']]);
    expect((await call(b, 'sync.recordStates', { recordIds: [id] }))[0]!.state).toBe('conflict');
    const atCentre = await central.db.query<{ n: string }>("SELECT count(*) AS n FROM conflicts WHERE record_id = $1", [id]);
    expect(Number(atCentre[0]!.n)).toBe(1);

    // A correction while the conflict is open would be made to the centre's copy, then lost when it is settled: refused, with the way out.
    const shown = await call(b, 'arrivals.get', { id });
    await expect(call(b, 'arrivals.update', { id, version: shown.version, changes: { ...fields, notes: 'Too soon' } })).rejects.toThrow(
      'This arrival was changed both here and on another device, and that conflict is not settled yet. Settle it first',
    );
    await call(b, 'sync.resolveConflict', { id: conflict!.id, keep: 'local' });
    // The history says what was decided, not just what changed.
    const settled = (await call(b, 'audit.forRecord', { recordId: id })).at(-1)!;
    expect(settled).toMatchObject({ action: 'update', note: "Conflict with the centre settled: this laptop's copy kept (the copies differed in: Date of birth)" });
    expect((await call(b, 'sync.run')).sent).toBe(1);
    await call(a, 'sync.run');
    const [onA, onB2] = [await call(a, 'arrivals.get', { id }), await call(b, 'arrivals.get', { id })];
    expect(onA.dateOfBirth).toBe('1991-01-01');
    expect(onB2.dateOfBirth).toBe('1991-01-01');
    expect(await call(b, 'sync.conflicts')).toEqual([]);
  });

  it('a person changed on two devices in different fields, and both in one: combined, nothing either changed is lost, and both converge', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    const person = await call(a, 'arrivals.create', arrivalInput({ familyName: 'Haile', givenNames: 'Dawit' }));
    await call(a, 'sync.run');
    await call(b, 'sync.run');
    const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = await call(b, 'arrivals.get', { id: person.id });
    void reference; void createdBy; void createdAt; void updatedAt;
    // Offline, each officer corrects the person: the given names on both, and one other field each.
    const vulnerability = fields.vulnerability as Record<string, unknown>;
    await call(a, 'arrivals.update', { id, version, changes: { ...fields, givenNames: 'Dawit Tekle', placeOfBirth: 'Asmara', vulnerability: { ...vulnerability, medicalNotes: 'Burns to both feet' } } });
    await call(b, 'arrivals.update', { id, version, changes: { ...fields, givenNames: 'Dawit Tecle', languages: ['Tigrinya'], vulnerability: { ...vulnerability, disability: true } } });
    await call(a, 'sync.run');
    expect((await call(b, 'sync.run')).conflicts).toBe(1);

    const [conflict] = await call(b, 'sync.conflicts');
    expect(conflict!.baseKnown).toBe(true);
    expect(Object.fromEntries(conflict!.differences.map((d) => [d.field, d.changedBy]))).toEqual({
      givenNames: 'both',
      placeOfBirth: 'centre',
      languages: 'here',
      // One group, two fields: each changed on one side only.
      'vulnerability.medicalNotes': 'centre',
      'vulnerability.disability': 'here',
    });
    // Nothing is combined until the field both changed is chosen.
    await expect(call(b, 'sync.resolveConflict', { id: conflict!.id, keep: 'combined' })).rejects.toThrow('Choose which value to keep for Given names');
    await call(b, 'sync.resolveConflict', { id: conflict!.id, keep: 'combined', choices: { givenNames: 'server' } });
    const settled = (await call(b, 'audit.forRecord', { recordId: id })).at(-1)!;
    expect(settled.note).toBe(
      'Conflict with the centre settled: the copies combined (from this laptop: Languages, Vulnerability: Disability; from the centre: Given names, Place of birth, Vulnerability: Medical notes)',
    );

    expect((await call(b, 'sync.run')).sent).toBe(1);
    await call(a, 'sync.run');
    for (const device of [a, b]) {
      const copy = await call(device, 'arrivals.get', { id });
      expect(copy).toMatchObject({ givenNames: 'Dawit Tekle', placeOfBirth: 'Asmara', languages: ['Tigrinya'], vulnerability: { medicalNotes: 'Burns to both feet', disability: true } });
    }
    expect(await call(b, 'sync.conflicts')).toEqual([]);
  });

  it('a correction made on another laptop shows in the record’s history here, field by field, once', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    const person = await call(a, 'arrivals.create', arrivalInput({ familyName: 'Tewelde', givenNames: 'Senait' }));
    await call(a, 'sync.run');
    await call(b, 'sync.run');
    // New to B: its history is at the centre, and B says it has none of its own.
    expect(await call(b, 'audit.forRecord', { recordId: person.id })).toEqual([]);
    const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = await call(b, 'arrivals.get', { id: person.id });
    void reference; void createdBy; void createdAt; void updatedAt;
    await call(b, 'arrivals.update', { id, version, changes: { ...fields, placeOfBirth: 'Mendefera' } });
    await call(b, 'sync.run');

    expect((await call(a, 'sync.run')).received).toBe(1);
    await call(a, 'sync.run');
    const history = await call(a, 'audit.forRecord', { recordId: id });
    expect(history.map((e) => [e.action, e.receivedFromCentre])).toEqual([['create', false], ['update', true]]);
    expect(history[1]).toMatchObject({
      changes: [{ field: 'placeOfBirth', from: '', to: 'Mendefera' }],
      note: 'Received from the central service: changed on another laptop',
    });
    expect(history[1]!.officerName).toBe(history[0]!.officerName);
    expect((await call(a, 'arrivals.get', { id })).placeOfBirth).toBe('Mendefera');
  });

  it('a conflict is settled against the centre’s newest copy: what the other device changed after it was found is kept, with no new conflict', async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    const person = await call(a, 'arrivals.create', arrivalInput({ familyName: 'Kidane', givenNames: 'Semere' }));
    await call(a, 'sync.run');
    await call(b, 'sync.run');
    const edit = async (device: typeof a, changes: Record<string, unknown>) => {
      const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = await call(device, 'arrivals.get', { id: person.id });
      void reference; void createdBy; void createdAt; void updatedAt;
      await call(device, 'arrivals.update', { id, version, changes: { ...fields, ...changes } });
    };
    await edit(a, { placeOfBirth: 'Keren' });
    await edit(b, { placeOfBirth: 'Asmara' });
    await call(a, 'sync.run');
    expect((await call(b, 'sync.run')).conflicts).toBe(1);
    // Before anyone settles it on B, A's officer adds the languages.
    await edit(a, { languages: ['Tigrinya'] });
    await call(a, 'sync.run');
    await call(b, 'sync.run');
    const [conflict] = await call(b, 'sync.conflicts');
    expect(conflict!.server).toMatchObject({ placeOfBirth: 'Keren', languages: ['Tigrinya'] });

    await call(b, 'sync.resolveConflict', { id: conflict!.id, keep: 'combined', choices: { placeOfBirth: 'local' } });
    expect(await call(b, 'sync.run')).toMatchObject({ sent: 1, conflicts: 0 });
    await call(a, 'sync.run');
    for (const device of [a, b]) expect(await call(device, 'arrivals.get', { id: person.id })).toMatchObject({ placeOfBirth: 'Asmara', languages: ['Tigrinya'] });
    expect(await call(b, 'sync.conflicts')).toEqual([]);
  });

  it('a record the centre refuses is counted and listed with why until it is corrected; then it is safe and in the receipt', async () => {
    const a = await enrolledDevice();
    const stranger = { ...a, ctx: { ...a.ctx, officer: { id: '0190a5f0-0000-7000-8000-0000000000ff', name: 'Unknown Officer', role: 'supervisor' as const } } };
    const person = await call(stranger, 'arrivals.create', arrivalInput({ familyName: 'Refused' }));
    await call(a, 'arrivals.create', arrivalInput({ familyName: 'Accepted' }));
    const first = await call(a, 'sync.run'); // also pulls what other tests' devices sent to this centre
    expect(first).toMatchObject({ sent: 1, rejected: 1 });
    expect((await call(a, 'sync.status')).rejected).toBe(1);
    const [refused, ...others] = await call(a, 'sync.refused');
    expect(others).toEqual([]);
    expect(refused).toMatchObject({ recordType: 'arrival', recordId: person.id, reference: person.reference, cause: 'officer_unknown', reason: expect.stringContaining('The centre does not know officer Unknown Officer') });
    expect(refused!.reason).not.toContain(stranger.ctx.officer.id); // named as the device knows them, never by id

    const { id, reference, createdBy, createdAt, updatedAt, version, ...fields } = await call(a, 'arrivals.get', { id: person.id });
    void reference; void createdBy; void createdAt; void updatedAt;
    await call(a, 'arrivals.update', { id, version, changes: { ...fields, notes: 'Saved again by an officer the centre knows' } });
    expect(await call(a, 'sync.run')).toMatchObject({ sent: 1, rejected: 0, safeAtCentre: first.safeAtCentre + 1, resent: 0 });
    expect((await call(a, 'sync.status')).rejected).toBe(0);
    expect(await call(a, 'sync.refused')).toEqual([]);
    expect((await call(a, 'sync.recordStates', { recordIds: [person.id] }))[0]!.state).toBe('safe');
  });

  it('answers a wrong enrolment code with a clear error and keeps the device unenrolled', async () => {
    const device = await enrolledDevice({ enrolled: false });
    await call(device, 'sync.configure', { apiUrl: central.url });
    await expect(call(device, 'sync.enrol', { code: 'NOPE-NOPE-NOPE' })).rejects.toThrow();
    expect((await call(device, 'sync.status')).enrolled).toBe(false);
  });

  it('says the centre is set up as soon as the device is enrolled, not at the next background probe', async () => {
    const device = await enrolledDevice({ enrolled: false });
    device.engine.sync.activity = 'not_configured'; // what the background loop found before enrolment
    await call(device, 'sync.configure', { apiUrl: central.url });
    expect((await call(device, 'sync.status')).activity).toBe('not_configured'); // an address, but no enrolment yet
    await call(device, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
    expect(await call(device, 'sync.status')).toMatchObject({ enrolled: true, activity: 'idle' });
  });
});

describe('background sync', () => {
  const central = useCentral('pglite');
  let device: TempEngine | undefined;
  afterAll(() => device?.cleanup());

  it('sends pending records by itself once the central API is reachable, backing off while it is not', async () => {
    device = createTempEngine();
    await call(device, 'sync.configure', { apiUrl: central.url });
    await call(device, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
    // Point at a port where nothing listens: the centre is "down".
    const { SyncService } = await import('../../../electron/core/sync/sync-service');
    const { writeSyncState } = await import('../../../electron/core/sync/sync-state');
    writeSyncState(device.engine.db, 'apiUrl', 'http://127.0.0.1:9/');
    const service = new SyncService(device.engine.db, device.engine.device, () => 'test', { automatic: true, probeEveryMs: 50, random: () => 0.01 });
    try {
      await call(device, 'arrivals.create', arrivalInput({ familyName: 'Background' }));
      await new Promise((r) => setTimeout(r, 1500));
      expect(service.activity).toBe('offline');
      expect((await call(device, 'sync.status')).pending).toBe(1);

      writeSyncState(device.engine.db, 'apiUrl', central.url); // the network is back
      const deadline = Date.now() + 15_000;
      while ((await call(device, 'sync.status')).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 100));
      expect((await call(device, 'sync.status')).pending).toBe(0);
      const rows = await central.db.query<{ n: string }>('SELECT count(*) AS n FROM records');
      expect(Number(rows[0]!.n)).toBe(1);
    } finally {
      service.stop();
    }
  }, 30_000);

  it('with nothing to send, still notices within a probe that the centre went away, and that it came back', async () => {
    const idle = createTempEngine();
    try {
      await call(idle, 'sync.configure', { apiUrl: central.url });
      await call(idle, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
      const { SyncService } = await import('../../../electron/core/sync/sync-service');
      const { writeSyncState } = await import('../../../electron/core/sync/sync-state');
      const service = new SyncService(idle.engine.db, idle.engine.device, () => 'test', { automatic: true, probeEveryMs: 50, pullEveryMs: 60_000, random: () => 0.5 });
      const until = async (activity: string) => {
        const deadline = Date.now() + 5_000;
        while (service.activity !== activity && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
        return service.activity;
      };
      try {
        await service.run(); // one sync: the next pull is a minute away, and nothing is pending
        expect(service.activity).toBe('idle');
        writeSyncState(idle.engine.db, 'apiUrl', 'http://127.0.0.1:9/'); // the centre goes away
        expect(await until('offline')).toBe('offline'); // not "reachable" until the next pull, minutes later
        // …and the status bar's line says so, rather than the last sync's "Up to date".
        expect(service.lastError).toContain('cannot be reached');
        writeSyncState(idle.engine.db, 'apiUrl', central.url);
        expect(await until('idle')).toBe('idle');
        expect(service.lastError).toBeNull();
      } finally {
        service.stop();
      }
    } finally {
      idle.cleanup();
    }
  }, 30_000);

  it('keeps asking the centre every few seconds while it does not answer, so records leave soon after it is back, however long the backoff', async () => {
    const offline = createTempEngine();
    try {
      await call(offline, 'sync.configure', { apiUrl: central.url });
      await call(offline, 'sync.enrol', { code: (await createEnrolmentCode(central.db)).code });
      const { SyncService } = await import('../../../electron/core/sync/sync-service');
      const { writeSyncState } = await import('../../../electron/core/sync/sync-state');
      writeSyncState(offline.engine.db, 'apiUrl', 'http://127.0.0.1:9/');
      // Backoffs near their longest (random 0.99): seconds after the first failures.
      const service = new SyncService(offline.engine.db, offline.engine.device, () => 'test', { automatic: true, probeEveryMs: 50, probeWhileUnreachableMs: 100, random: () => 0.99 });
      try {
        await call(offline, 'arrivals.create', arrivalInput({ familyName: 'Waiting' }));
        await new Promise((r) => setTimeout(r, 6_000)); // two failed probes at least: the backoff is now about 8 s
        expect(service.activity).toBe('offline');
        expect(service.nextAttemptAt! - Date.now()).toBeLessThan(500);

        writeSyncState(offline.engine.db, 'apiUrl', central.url); // the network is back
        const deadline = Date.now() + 1_500;
        while ((await call(offline, 'sync.status')).pending > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
        expect((await call(offline, 'sync.status')).pending).toBe(0);
      } finally {
        service.stop();
      }
    } finally {
      offline.cleanup();
    }
  }, 30_000);

});

describe('a full disk', () => {
  const enrolledDevice = appDevices(useCentral('pglite'));

  it("a device whose disk fills up during a pull is told so, keeps what it stored, and finishes once there is room", async () => {
    const a = await enrolledDevice();
    const b = await enrolledDevice();
    for (let i = 0; i < 40; i++) await call(a, 'arrivals.create', arrivalInput({ familyName: `Weldeqq${i}`, notes: 'y'.repeat(3000) }));
    await call(a, 'sync.run');
    const held = () => (b.engine.db.prepare('SELECT count(*) AS n FROM arrivals').get() as { n: number }).n;
    b.engine.db.pragma(`max_page_count = ${b.engine.db.pragma('page_count', { simple: true }) as number}`);
    const full = "This laptop's disk is full, so sync stopped. Nothing was half-stored, and sync carries on where it stopped: free some space on the disk (or tell your supervisor), then try again.";
    await expect(call(b, 'sync.run')).rejects.toThrow(full);
    expect((await call(b, 'sync.status')).lastError).toBe(full);
    expect(held()).toBeLessThan(40);
    b.engine.db.pragma('max_page_count = 1073741823');
    await call(b, 'sync.run');
    expect(held()).toBe(40);
    expect((await call(b, 'sync.status')).lastError).toBeNull();
  });
});
