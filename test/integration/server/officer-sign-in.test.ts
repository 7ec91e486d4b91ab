import { describe, expect, it } from 'vitest';
import { SignInResponse } from '../../../shared/sync';
import { createOfficer } from '../../../server/officers/officers';
import { BACKENDS, useCentral } from '../../support/central';
import { http } from '../../support/sync-client';

const PASSWORD = 'correct horse battery staple';

describe.each(BACKENDS)('officer sign-in (%s)', (backend) => {
  const central = useCentral(backend, { rateLimits: { signIn: { max: 6, windowMs: 60_000 } } });

  it('returns who the officer is and an offline policy, never a password hash', async () => {
    const device = await central.enrol();
    const officer = await createOfficer(central.db, { name: 'Alex Synthetic', role: 'supervisor', password: PASSWORD });
    expect(officer.username).toBe('alex.synthetic');
    const answer = await device.request('POST', '/v1/officers/sign-in', { json: { username: ' Alex.Synthetic ', password: PASSWORD } });
    expect(answer.status).toBe(200);
    const body = SignInResponse.parse(answer.body);
    expect(body.officer).toEqual({ id: officer.id, name: 'Alex Synthetic', role: 'supervisor' });
    expect(body.offline).toMatchObject({ algorithm: 'argon2id', memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    expect(Date.parse(body.offline.validUntil)).toBeGreaterThan(Date.now());
    expect(JSON.stringify(answer.body)).not.toContain('$argon2');
    const [stored] = await central.db.query<{ password_hash: string }>('SELECT password_hash FROM officers WHERE id = $1', [officer.id]);
    expect(stored!.password_hash).toMatch(/^\$argon2id\$/);
  });

  it('gives the same answer for a wrong password and an unknown officer', async () => {
    const device = await central.enrol();
    await createOfficer(central.db, { name: 'Sam Synthetic', role: 'officer', password: PASSWORD });
    const wrong = await device.request('POST', '/v1/officers/sign-in', { json: { username: 'sam.synthetic', password: 'not the password' } });
    const unknown = await device.request('POST', '/v1/officers/sign-in', { json: { username: 'nobody.here', password: PASSWORD } });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('is only open to enrolled devices, and is rate-limited', async () => {
    const anonymous = await http(central.url, 'POST', '/v1/officers/sign-in', { json: { username: 'sam.synthetic', password: PASSWORD } });
    expect(anonymous.status).toBe(401);
    const device = await central.enrol();
    const statuses: number[] = [];
    for (let i = 0; i < 8; i++) {
      statuses.push((await device.request('POST', '/v1/officers/sign-in', { json: { username: 'sam.synthetic', password: `guess ${i}` } })).status);
    }
    expect(statuses.slice(-2)).toEqual([429, 429]);
  });
});
