import { afterEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../shared/api';
import { landBoat, smallBoatPerson } from '../../support/prior-crossing';
import { callOk } from '../../support/returns-case';
import { createTempEngine, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

describe("a person's history after a move to another boat", () => {
  it('names the boats by their references, as the officer knows them, not by their ids', async () => {
    t = createTempEngine();
    const [wrongBoat, rightBoat] = [await landBoat(t, '2025-08-06T03:05:00.000Z'), await landBoat(t, '2025-08-06T05:10:00.000Z')];
    const person = await smallBoatPerson(t, wrongBoat.id, { arrivedAt: '2025-08-06T03:05:00.000Z' });
    const { id, version, reference: _r, createdBy: _c, createdAt: _ca, updatedAt: _u, ...fields } = person;
    await callOk(t, 'arrivals.update', { id, version, changes: { ...fields, interceptionId: rightBoat.id, arrivedAt: '2025-08-06T05:10:00.000Z' } } as Input<'arrivals.update'>);

    const trail = await callOk(t, 'audit.forRecord', { recordId: id });
    expect(trail.at(-1)!.changes).toContainEqual({ field: 'interceptionId', from: wrongBoat.reference, to: rightBoat.reference });
  });
});
