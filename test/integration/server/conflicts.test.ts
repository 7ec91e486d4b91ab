import { describe, expect, it } from 'vitest';
import { v7 as uuidv7 } from 'uuid';
import { PushResponse } from '../../../shared/sync';
import { BACKENDS, useCentral } from '../../support/central';
import { change, interceptionPayload, sha256 } from '../../support/sync-client';

const applied = (body: unknown, i = 0) => PushResponse.parse(body).results[i] as { status: string; version: number };

describe.each(BACKENDS)('conflicts (%s)', (backend) => {
  const central = useCentral(backend);

  it('two devices editing the same record from the same base: the second is a conflict, both copies kept', async () => {
    const [a, b] = [await central.enrol(), await central.enrol()];
    const id = uuidv7();
    const created = applied((await a.push([change(1, { recordId: id })])).body);
    const base = created.version;

    const editA = interceptionPayload(id, { peopleAboard: 60, version: 2 });
    const editB = interceptionPayload(id, { peopleAboard: 45, version: 2 });
    const fromA = applied((await a.push([change(2, { recordId: id, baseVersion: base, payload: editA })])).body);
    expect(fromA.status).toBe('applied');

    const fromB = PushResponse.parse((await b.push([change(1, { recordId: id, baseVersion: base, payload: editB })])).body).results[0]!;
    expect(fromB).toEqual({
      seq: 1,
      status: 'conflict',
      conflictId: expect.any(String),
      serverVersion: fromA.version,
      serverPayload: editA,
      serverContentHash: sha256(JSON.stringify(editA)),
      // What both started from: B can tell what A changed and what it changed itself.
      basePayload: interceptionPayload(id),
    });

    // The centre kept its copy…
    const pulled = await b.pullAll();
    expect(pulled.changes.find((c) => c.recordId === id)).toMatchObject({ version: fromA.version, payload: editA });
    // …and stored both until an officer resolves it.
    const [kept] = await central.db.query<{ incoming_payload: unknown; server_payload: unknown; base_version: number; server_version: number; resolved_at: Date | null }>(
      'SELECT incoming_payload, server_payload, base_version, server_version, resolved_at FROM conflicts WHERE record_id = $1',
      [id],
    );
    expect(kept).toEqual({ incoming_payload: editB, server_payload: editA, base_version: base, server_version: fromA.version, resolved_at: null });

    // B never got that answer and sends the change again in a new batch: the conflict comes back whole.
    const resent = PushResponse.parse((await b.push([change(1, { recordId: id, baseVersion: base, payload: editB })])).body).results[0]!;
    expect(resent).toEqual({ seq: 1, status: 'duplicate', original: 'conflict', version: fromA.version, sameContent: true, first: fromB });

    // B resolves by basing its next change on the server's version: applied.
    const resolved = interceptionPayload(id, { peopleAboard: 61, version: 3 });
    expect(applied((await b.push([change(2, { recordId: id, baseVersion: fromA.version, payload: resolved })])).body).status).toBe('applied');
  });

  it('a device editing its own not-yet-confirmed record again is not a conflict', async () => {
    const device = await central.enrol();
    const id = uuidv7();
    // Both outbox rows were written before any answer came back: both have baseVersion null.
    const answer = PushResponse.parse(
      (
        await device.push([
          change(1, { recordId: id }),
          change(2, { recordId: id, payload: interceptionPayload(id, { notes: 'Second look.' }) }),
        ])
      ).body,
    );
    expect(answer.results.map((r) => r.status)).toEqual(['applied', 'applied']);
    // And in a later batch, still based on nothing the centre gave it.
    const later = applied((await device.push([change(3, { recordId: id, payload: interceptionPayload(id, { notes: 'Third.' }) })])).body);
    expect(later.status).toBe('applied');
  });

  it('an edit based on a stale version after another device wrote is a conflict even from the original author', async () => {
    const [a, b] = [await central.enrol(), await central.enrol()];
    const id = uuidv7();
    const v1 = applied((await a.push([change(1, { recordId: id })])).body).version;
    applied((await b.push([change(1, { recordId: id, baseVersion: v1, payload: interceptionPayload(id, { notes: 'B' }) })])).body);
    const late = PushResponse.parse((await a.push([change(2, { recordId: id, baseVersion: v1, payload: interceptionPayload(id, { notes: 'A' }) })])).body);
    expect(late.results[0]!.status).toBe('conflict');
  });

  it('a record the centre has lost (restored from an older backup) is created again from the device', async () => {
    const device = await central.enrol();
    const id = uuidv7();
    const answer = applied((await device.push([change(1, { recordId: id, baseVersion: 41 })])).body);
    expect(answer.status).toBe('applied');
  });
});
