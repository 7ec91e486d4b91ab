import { afterEach, describe, expect, it } from 'vitest';
import { dispatch } from '../../../electron/core/dispatch';
import type { Method } from '../../../shared/api';
import { SubjectAccessExport } from '../../../shared/domain/subject-access';
import { arrivalInput, createTempEngine, interceptionInput, type TempEngine } from '../../support/temp-engine';

let t: TempEngine;
afterEach(() => t?.cleanup());

async function call<T = unknown>(method: Method, input: unknown): Promise<T> {
  const result = await dispatch(t.engine.handlers, method, input, t.ctx);
  if (!result.ok) throw new Error(`${result.error.code}: ${result.error.message}`);
  return result.value as T;
}

describe('subject access export', () => {
  it("holds everything about the person and nothing of the other people's from the same boat", async () => {
    t = createTempEngine();
    const boat = await call<{ id: string; reference: string }>(
      'interceptions.create',
      interceptionInput({ notes: 'Grey inflatable. Qorvenaal Zetheriu was pulled from the water first, then Wubrenhet Saliqam.' }),
    );
    const subject = await call<{ id: string; reference: string; version: number }>(
      'arrivals.create',
      arrivalInput({
        route: 'SMALL_BOAT',
        interceptionId: boat.id,
        familyName: 'Tesfamariam',
        givenNames: 'Selam',
        documents: [{ type: 'PASSPORT', number: 'P1234567', issuingState: 'ERI', expiryDate: null }],
        notes: 'Asked for an interpreter in Tigrinya.',
      }),
    );
    const other = await call<{ id: string }>('arrivals.create', arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, familyName: 'Qorvenaal', givenNames: 'Zetheriu', dateOfBirth: '1996-03-14' }));
    await call('arrivals.create', arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, familyName: 'Wubrenhet', givenNames: 'Saliqam' }));
    await call('arrivals.update', { id: subject.id, version: subject.version, changes: arrivalInput({ route: 'SMALL_BOAT', interceptionId: boat.id, familyName: 'Tesfamariam', givenNames: 'Selam Hagos', documents: [{ type: 'PASSPORT', number: 'P1234567', issuingState: 'ERI', expiryDate: null }], notes: 'Asked for an interpreter in Tigrinya.' }) });
    await call('returns.open', { arrivalId: subject.id });
    await call('matching.decide', { subjectId: subject.id, candidateId: other.id, decision: 'DISMISSED', note: 'Different faces; Qorvenaal is older than Selam.' });

    const file = await call<{ filename: string; json: string }>('people.subjectAccessExport', { arrivalId: subject.id });
    expect(file.filename).toMatch(new RegExp(`^subject-access-${subject.reference}-\\d{4}-\\d{2}-\\d{2}\\.json$`));
    const document = SubjectAccessExport.parse(JSON.parse(file.json));

    expect(document).toMatchObject({ schema: 'field-recorder/subject-access', schemaVersion: 1, subject: { arrivalId: subject.id, reference: subject.reference, name: 'Tesfamariam, Selam Hagos' } });
    expect(document.arrival).toMatchObject({ familyName: 'Tesfamariam', givenNames: 'Selam Hagos', notes: 'Asked for an interpreter in Tigrinya.' });
    expect(document.documents).toEqual([expect.objectContaining({ number: 'P1234567' })]);
    expect(document.interception).toMatchObject({ id: boat.id, reference: boat.reference, peopleAboard: 58 });
    expect(document.interception!.notes).toBe('Grey inflatable. [another person] [another person] was pulled from the water first, then [another person] [another person].');
    expect(document.returnsCase).toMatchObject({ arrivalId: subject.id });
    expect(document.matchDecisions).toEqual([expect.objectContaining({ role: 'subject', decision: 'DISMISSED', note: 'Different faces; [another person] is older than Selam.' })]);
    // Every change to their records, oldest first: created, corrected, case opened, decision made.
    expect(document.auditTrail.map((e) => [e.recordType, e.action])).toEqual([
      ['arrival', 'create'],
      ['arrival', 'update'],
      ['returns_case', 'create'],
      ['match_decision', 'create'],
    ]);
    expect(document.auditTrail[1]!.changes.givenNames).toEqual(['Selam', 'Selam Hagos']);
    expect(Object.keys(document.auditTrail[3]!.changes).sort()).toEqual(['decision', 'note', 'officer']);
    expect(document.syncState.map((s) => [s.recordType, s.state])).toEqual([
      ['arrival', 'not_sent'],
      ['returns_case', 'not_sent'],
      ['match_decision', 'not_sent'],
    ]);

    // Nothing that names or identifies the other people.
    for (const word of ['Qorvenaal', 'Zetheriu', 'Wubrenhet', 'Saliqam', other.id]) expect(file.json).not.toContain(word);
    // The other person's export does not hold the subject's data either.
    const theirs = await call<{ json: string }>('people.subjectAccessExport', { arrivalId: other.id });
    expect(theirs.json).toContain('Qorvenaal');
    for (const word of ['Tesfamariam', 'P1234567', 'Tigrinya', subject.id]) expect(theirs.json).not.toContain(word);
    expect(JSON.parse(theirs.json).matchDecisions).toEqual([expect.objectContaining({ role: 'candidate', note: 'Different faces; Qorvenaal is older than [another person].' })]);
  });

  it('is refused for a person not on this device, and saving through a dialog is the desktop app’s', async () => {
    t = createTempEngine();
    const missing = await dispatch(t.engine.handlers, 'people.subjectAccessExport', { arrivalId: '0190a5f0-0000-7000-8000-00000000ffff' }, t.ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    const person = await call<{ id: string }>('arrivals.create', arrivalInput());
    const save = await dispatch(t.engine.handlers, 'people.saveSubjectAccessExport', { arrivalId: person.id }, t.ctx);
    expect(save).toMatchObject({ ok: false, error: { code: 'UNAVAILABLE' } });
  });
});
