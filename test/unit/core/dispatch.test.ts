import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import { createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

async function issuesFor(input: unknown) {
  t = createTempEngine();
  const result = await dispatch(t.engine.handlers, 'interceptions.create', input, t.ctx);
  const outbox = (t.engine.db.prepare('SELECT count(*) AS n FROM outbox').get() as { n: number }).n;
  expect(outbox).toBe(0);
  if (result.ok) throw new Error('expected a validation error');
  expect(result.error.code).toBe('VALIDATION');
  return Object.fromEntries((result.error.issues ?? []).map((i) => [i.path, i.message]));
}

describe('the contract boundary refuses bad input with field paths, and saves nothing', () => {
  it('latitude out of range', async () => {
    expect(await issuesFor(interceptionInput({ latitude: 200 }))).toEqual({ latitude: 'Latitude must be between -90 and 90' });
  });
  it('negative people aboard', async () => {
    expect(await issuesFor(interceptionInput({ peopleAboard: -1 }))).toEqual({ peopleAboard: 'People aboard cannot be negative' });
  });
  it('a detection time far in the future', async () => {
    const future = new Date(Date.now() + 3 * 86_400_000).toISOString();
    expect(await issuesFor(interceptionInput({ detectedAt: future, interceptedAt: null }))).toEqual({
      detectedAt: 'Detection time cannot be in the future',
    });
  });
  it('a missing required field', async () => {
    const input = interceptionInput();
    delete input.zone;
    expect(await issuesFor(input)).toEqual({ zone: 'Choose the zone' });
  });
  it('interception before detection', async () => {
    expect(await issuesFor(interceptionInput({ interceptedAt: '2025-08-06T01:00:00.000Z' }))).toEqual({
      interceptedAt: 'Interception cannot be before detection',
    });
  });
  it('unknown fields and wrong types', async () => {
    const issues = await issuesFor(interceptionInput({ peopleAboard: '12', officerId: 'someone-else' }));
    expect(issues.peopleAboard).toBe('Enter the number of people aboard');
    expect(issues['']).toMatch(/officerId/);
  });
  it('not an object at all', async () => {
    expect(Object.keys(await issuesFor('hello'))).toEqual(['']);
  });
});

describe('dispatch', () => {
  it('answers NOT_FOUND for an operation that does not exist', async () => {
    t = createTempEngine();
    expect(await dispatch(t.engine.handlers, 'records.dropAll', {}, t.ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await dispatch(t.engine.handlers, 'toString', {}, t.ctx)).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
  });

  it('turns an unexpected failure into UNAVAILABLE without leaking details', async () => {
    t = createTempEngine();
    t.engine.db.exec('DROP TABLE interceptions');
    const result = await dispatch(t.engine.handlers, 'interceptions.create', interceptionInput(), t.ctx);
    expect(result).toEqual({ ok: false, error: { code: 'UNAVAILABLE', message: 'The app could not complete this. Nothing was changed; try again.' } });
  });
});
