import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { Input } from '../../../shared/api';
import { callOk } from '../../support/returns-case';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

// Synthetic boat detected 00:40 and landed 03:10 on 29 Nov 2025 (UK time is UTC in November).
const boatInput = () => interceptionInput({ detectedAt: '2025-11-29T00:40:00.000Z', interceptedAt: '2025-11-29T03:10:00.000Z' }) as Input<'interceptions.create'>;
const person = (boatId: string, arrivedAt: string) => arrivalInput({ route: 'SMALL_BOAT', interceptionId: boatId, site: 'WJF', arrivedAt });

describe('the engine checks a small-boat arrival against its boat where an officer saves', () => {
  it('refuses a new person who arrived before the boat was detected, beside the arrival time', async () => {
    t = createTempEngine();
    const boat = await callOk(t, 'interceptions.create', boatInput());
    const result = await dispatch(t.engine.handlers, 'arrivals.create', person(boat.id, '2025-11-16T22:30:00.000Z'), t.ctx);
    expect(result).toMatchObject({
      ok: false,
      error: { code: 'VALIDATION', issues: [{ path: 'arrivedAt', message: `Arrival time cannot be before boat ${boat.reference} was detected (29 Nov 2025, 00:40 UK time)` }] },
    });
  });

  it('refuses a correction that moves the arrival before the boat, and accepts one long after it (only a warning on screen)', async () => {
    t = createTempEngine();
    const boat = await callOk(t, 'interceptions.create', boatInput());
    const saved = await callOk(t, 'arrivals.create', person(boat.id, '2025-11-29T03:10:00.000Z') as Input<'arrivals.create'>);
    const { id, version, reference: _r, createdBy: _c, createdAt: _ca, updatedAt: _u, ...fields } = saved;
    const early = await dispatch(t.engine.handlers, 'arrivals.update', { id, version, changes: { ...fields, arrivedAt: '2025-11-28T23:00:00.000Z' } }, t.ctx);
    expect(early).toMatchObject({ ok: false, error: { code: 'VALIDATION', issues: [{ path: 'arrivedAt' }] } });
    const late = await callOk(t, 'arrivals.update', { id, version, changes: { ...fields, arrivedAt: '2025-12-05T10:00:00.000Z' } } as Input<'arrivals.update'>);
    expect(late.arrivedAt).toBe('2025-12-05T10:00:00.000Z');
  });

  it('refuses a correction of the boat that puts its detection after people recorded from it, and changes nothing', async () => {
    t = createTempEngine();
    const boat = await callOk(t, 'interceptions.create', boatInput());
    await callOk(t, 'arrivals.create', person(boat.id, '2025-11-29T03:10:00.000Z') as Input<'arrivals.create'>);
    await callOk(t, 'arrivals.create', person(boat.id, '2025-11-29T03:40:00.000Z') as Input<'arrivals.create'>);
    const { id, version, reference: _r, createdBy: _c, createdAt: _ca, updatedAt: _u, ...fields } = boat;
    const correct = (detectedAt: string, interceptedAt: string) =>
      dispatch(t.engine.handlers, 'interceptions.update', { id, version, changes: { ...fields, detectedAt, interceptedAt } }, t.ctx);
    expect(await correct('2025-11-29T03:30:00.000Z', '2025-11-29T03:35:00.000Z')).toMatchObject({
      ok: false,
      error: {
        code: 'VALIDATION',
        issues: [
          {
            path: 'detectedAt',
            message: 'Detection time cannot be after the arrival of 1 person recorded from this boat (the earliest arrived 29 Nov 2025, 03:10 UK time). Check this time, or correct their arrival times first.',
          },
        ],
      },
    });
    expect((await callOk(t, 'interceptions.get', { id })).detectedAt).toBe('2025-11-29T00:40:00.000Z');
    // Earlier, or up to the first arrival, stays allowed.
    const moved = await callOk(t, 'interceptions.update', { id, version, changes: { ...fields, detectedAt: '2025-11-29T03:10:00.000Z', interceptedAt: '2025-11-29T03:10:00.000Z' } } as Input<'interceptions.update'>);
    expect(moved.detectedAt).toBe('2025-11-29T03:10:00.000Z');
  });
});
