import { describe, expect, it } from 'vitest';
import { PushResponse } from '../../../shared/sync';
import { BACKENDS, useCentral } from '../../support/central';
import { lastAppliedSeq, writeCounts } from '../../support/central-state';
import { change, interceptionPayload } from '../../support/sync-client';

describe.each(BACKENDS)('push is exactly once (%s)', (backend) => {
  const central = useCentral(backend);

  it('replays the stored answer for a repeated batchId, byte for byte, without writing again', async () => {
    const device = await central.enrol();
    const batch = [change(1), change(2)];
    const first = await device.push(batch, { batchId: '0190a1b2-0000-7000-8000-000000000001' });
    expect(first.status).toBe(200);
    expect(first.headers.get('x-sync-replayed')).toBe('false');
    const before = await writeCounts(central.db);
    const again = await device.push(batch, { batchId: '0190a1b2-0000-7000-8000-000000000001' });
    expect(again.status).toBe(200);
    expect(again.headers.get('x-sync-replayed')).toBe('true');
    expect(JSON.stringify(again.body)).toBe(JSON.stringify(first.body));
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('refuses a batchId reused for different changes', async () => {
    const device = await central.enrol();
    const batchId = '0190a1b2-0000-7000-8000-000000000002';
    expect((await device.push([change(1)], { batchId })).status).toBe(200);
    const before = await writeCounts(central.db);
    const reused = await device.push([change(1), change(2)], { batchId });
    expect(reused.status).toBe(409);
    expect(reused.body).toMatchObject({ code: 'CONFLICT', message: expect.stringContaining('batchId') });
    expect(await writeCounts(central.db)).toEqual(before);
  });

  it('answers duplicate for seqs already applied (new batchId), with what happened the first time, a rejection with its reasons', async () => {
    const device = await central.enrol();
    const batch = [change(1), change(2, { payload: { not: 'a record' } }), change(3)];
    const first = PushResponse.parse((await device.push(batch)).body);
    const before = await writeCounts(central.db);
    const resent = await device.push([...batch, change(4)]);
    expect(resent.status).toBe(200);
    const answer = PushResponse.parse(resent.body);
    expect(answer.results).toEqual([
      { seq: 1, status: 'duplicate', original: 'applied', version: (first.results[0] as { version: number }).version, sameContent: true },
      { seq: 2, status: 'duplicate', original: 'rejected', version: null, sameContent: true, first: first.results[1] },
      { seq: 3, status: 'duplicate', original: 'applied', version: (first.results[2] as { version: number }).version, sameContent: true },
      { seq: 4, status: 'applied', version: expect.any(Number) },
    ]);
    const after = await writeCounts(central.db);
    expect(after.records - before.records).toBe(1);
    expect(after.change_log - before.change_log).toBe(1);
    expect(after.device_changes - before.device_changes).toBe(1);
    expect(answer.lastAppliedSeq).toBe(4);
  });

  it('says when a resent seq carries different content than the first time (a device restored from an old backup)', async () => {
    const device = await central.enrol();
    await device.push([change(1)]);
    const answer = PushResponse.parse((await device.push([change(1)])).body);
    expect(answer.results[0]).toMatchObject({ status: 'duplicate', original: 'applied', sameContent: false });
  });

  it('refuses a gap with 409 and the last applied seq, writing nothing', async () => {
    const device = await central.enrol();
    await device.push([change(1), change(2)]);
    const before = await writeCounts(central.db);
    const gap = await device.push([change(4), change(5)]);
    expect(gap.status).toBe(409);
    expect(gap.body).toEqual({ code: 'CONFLICT', message: expect.stringContaining('resend from seq 3'), lastAppliedSeq: 2 });
    expect(await writeCounts(central.db)).toEqual(before);
    // …and resending from there works.
    expect((await device.push([change(3), change(4)])).status).toBe(200);
    expect(await lastAppliedSeq(central.db, device.id)).toBe(4);
  });

  it('a fresh device must start at seq 1', async () => {
    const device = await central.enrol();
    const gap = await device.push([change(2)]);
    expect(gap.status).toBe(409);
    expect(gap.body.lastAppliedSeq).toBe(0);
  });

  it('a rejected change still advances the sequence and never blocks the queue', async () => {
    const device = await central.enrol();
    const id = '0190a1b2-0000-7000-8000-00000000000a';
    const results = PushResponse.parse(
      (
        await device.push([
          change(1),
          change(2, { recordId: id, payload: interceptionPayload('0190a1b2-0000-7000-8000-00000000000b') }),
          change(3, { contentHash: 'a'.repeat(64) }),
          change(4, { payload: interceptionPayload(id, { zone: 'ATLANTIS', peopleAboard: -1 }), recordId: id }),
          change(5, { payload: 'text' }),
          change(6),
        ])
      ).body,
    ).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'rejected', 'applied']);
    expect(results[1]).toMatchObject({ issues: [{ path: 'payload.id', message: expect.any(String) }] });
    expect(results[2]).toMatchObject({ issues: [{ path: 'contentHash', message: expect.any(String) }] });
    expect(results[3]).toMatchObject({ issues: expect.arrayContaining([expect.objectContaining({ path: 'payload.zone' }), expect.objectContaining({ path: 'payload.peopleAboard' })]) });
    expect(await lastAppliedSeq(central.db, device.id)).toBe(6);
    expect((await device.push([change(7)])).body.results[0]!.status).toBe('applied');
  });

  it('syncs record types it does not know yet with the minimal check', async () => {
    const device = await central.enrol();
    const id = '0190a1b2-0000-7000-8000-0000000000c1';
    const results = PushResponse.parse(
      (
        await device.push([
          change(1, { recordType: 'returns_case', recordId: id, payload: { id, state: 'DETAINED' } }),
          change(2, { recordType: 'returns_case', payload: { state: 'DETAINED' } }),
        ])
      ).body,
    ).results;
    expect(results.map((r) => r.status)).toEqual(['applied', 'rejected']);
  });

  it('clamps a recordedAt from the future to the server time and flags it; the device value is kept', async () => {
    const device = await central.enrol();
    const c = change(1, { recordedAt: '2099-01-01T00:00:00.000Z' });
    const answer = PushResponse.parse((await device.push([c, change(2)])).body);
    expect(answer.results[0]).toMatchObject({ status: 'applied', recordedAtClamped: true });
    expect(answer.results[1]).not.toHaveProperty('recordedAtClamped');
    const [row] = await central.db.query<{ recorded_at: Date; device_recorded_at: string; recorded_at_clamped: boolean }>(
      'SELECT recorded_at, device_recorded_at, recorded_at_clamped FROM change_log WHERE record_id = $1',
      [c.recordId],
    );
    expect(row!.recorded_at_clamped).toBe(true);
    expect(row!.device_recorded_at).toBe('2099-01-01T00:00:00.000Z');
    expect(Math.abs(row!.recorded_at.getTime() - Date.now())).toBeLessThan(60_000);
  });

  it('does not make a new version when the content is what the centre already holds', async () => {
    const device = await central.enrol();
    const c = change(1);
    const first = PushResponse.parse((await device.push([c])).body).results[0] as { version: number };
    const same = PushResponse.parse((await device.push([{ ...c, seq: 2 }])).body).results[0];
    expect(same).toEqual({ seq: 2, status: 'applied', version: first.version });
  });
});
