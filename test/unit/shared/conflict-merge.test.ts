import { describe, expect, it } from 'vitest';
import { combineCopies, conflictFields } from '../../../shared/domain/conflict-merge';

const base = { id: 'p1', version: 2, updatedAt: 'then', givenNames: 'Dawit', placeOfBirth: null, languages: [], vulnerability: { medical: 'NONE', disability: false } };

describe('conflict fields', () => {
  it('say who changed each field since the copy both started from, one level into a group, never the bookkeeping', () => {
    const local = { ...base, version: 3, updatedAt: 'here', givenNames: 'Dawit Tecle', languages: ['Tigrinya'], vulnerability: { medical: 'NONE', disability: true } };
    const server = { ...base, version: 4, updatedAt: 'there', givenNames: 'Dawit Tekle', placeOfBirth: 'Asmara', vulnerability: { medical: 'URGENT', disability: false } };
    expect(conflictFields(local, server, base)).toEqual([
      { path: 'givenNames', local: 'Dawit Tecle', server: 'Dawit Tekle', changedBy: 'both' },
      { path: 'placeOfBirth', local: null, server: 'Asmara', changedBy: 'centre' },
      { path: 'languages', local: ['Tigrinya'], server: [], changedBy: 'here' },
      { path: 'vulnerability.medical', local: 'NONE', server: 'URGENT', changedBy: 'centre' },
      { path: 'vulnerability.disability', local: true, server: false, changedBy: 'here' },
    ]);
  });

  it('without the base, cannot tell who changed what; an absent field and an empty one are no difference', () => {
    const local: Record<string, unknown> = { ...base, givenNames: 'A' };
    delete local.placeOfBirth;
    expect(conflictFields(local, { ...base, givenNames: 'B' }, null)).toEqual([{ path: 'givenNames', local: 'A', server: 'B', changedBy: 'unknown' }]);
  });

  it('a group one side added whole is one field', () => {
    const local = { id: 'p1', vessel: { type: 'DINGHY' } };
    expect(conflictFields(local, { id: 'p1' }, { id: 'p1' })).toEqual([{ path: 'vessel', local: { type: 'DINGHY' }, server: null, changedBy: 'here' }]);
  });
});

describe('combining the copies', () => {
  it('keeps what each side changed alone, and the chosen value where both changed; leaves the copies untouched', () => {
    const local = { ...base, givenNames: 'Dawit Tecle', languages: ['Tigrinya'] };
    const server = { ...base, givenNames: 'Dawit Tekle', placeOfBirth: 'Asmara', vulnerability: { medical: 'URGENT', disability: false } };
    const { combined, unchosen, fromHere, fromCentre } = combineCopies(local, server, base, { givenNames: 'server' });
    expect(unchosen).toEqual([]);
    expect(combined).toMatchObject({ givenNames: 'Dawit Tekle', placeOfBirth: 'Asmara', languages: ['Tigrinya'], vulnerability: { medical: 'URGENT', disability: false } });
    expect(fromHere).toEqual(['languages']);
    expect(fromCentre).toEqual(['givenNames', 'placeOfBirth', 'vulnerability.medical']);
    expect(local.givenNames).toBe('Dawit Tecle');
  });

  it('lists the fields both changed that have no choice yet', () => {
    expect(combineCopies({ ...base, givenNames: 'A' }, { ...base, givenNames: 'B' }, base, {}).unchosen).toEqual(['givenNames']);
  });

  it('drops a field the centre removed', () => {
    const local = { ...base, interpreter: 'Tigrinya' };
    const server: Record<string, unknown> = { ...base, interpreter: 'Arabic' };
    delete server.interpreter;
    expect('interpreter' in combineCopies(local, server, null, { interpreter: 'server' }).combined).toBe(false);
  });
});
