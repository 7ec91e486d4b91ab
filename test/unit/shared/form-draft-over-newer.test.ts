import { describe, expect, it } from 'vitest';
import { layDraftOverNewerRecord } from '../../../shared/domain/form-draft-over-newer';

// Form values of a person: what the correction form held when opened (version 3), what the
// officer typed, and the record as saved now (version 4, corrected on another laptop).
const asOpened = { placeOfBirth: '', notes: '', familyName: 'Tesfamariam', vulnerability: { medicalNotes: '', disability: false } };

describe('a correction typed over an earlier version, laid over the record as saved now', () => {
  it('keeps what only the officer changed and what only the other save changed, field by field and inside a group', () => {
    const typed = { ...asOpened, notes: 'Interpreter booked.', vulnerability: { medicalNotes: 'Cut on left hand', disability: false } };
    const savedNow = { ...asOpened, familyName: 'Tesfamaryam', vulnerability: { medicalNotes: '', disability: true } };
    const laid = layDraftOverNewerRecord(typed, savedNow, asOpened);
    expect(laid.values).toEqual({ placeOfBirth: '', notes: 'Interpreter booked.', familyName: 'Tesfamaryam', vulnerability: { medicalNotes: 'Cut on left hand', disability: true } });
    expect(laid.clashes).toEqual([]);
  });

  it('leaves a field both changed as saved now, and names it with what the officer typed', () => {
    const typed = { ...asOpened, placeOfBirth: 'Keren', notes: 'Interpreter booked.' };
    const savedNow = { ...asOpened, placeOfBirth: 'Asmara' };
    const laid = layDraftOverNewerRecord(typed, savedNow, asOpened);
    expect(laid.values).toMatchObject({ placeOfBirth: 'Asmara', notes: 'Interpreter booked.' });
    expect(laid.clashes).toEqual([{ path: 'placeOfBirth', local: 'Keren', server: 'Asmara', changedBy: 'both' }]);
  });

  it('without the form as it was opened (a draft kept by an older version), lays nothing over the record and names every difference', () => {
    const typed = { ...asOpened, notes: 'Interpreter booked.' };
    const savedNow = { ...asOpened, familyName: 'Tesfamaryam' };
    const laid = layDraftOverNewerRecord(typed, savedNow, null);
    expect(laid.values).toEqual(savedNow);
    expect(laid.clashes.map((clash) => clash.path)).toEqual(['notes', 'familyName']);
  });
});
