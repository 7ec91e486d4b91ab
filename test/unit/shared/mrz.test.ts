import { describe, expect, it } from 'vitest';
import { checkDigit, mrzCharacterValue } from '../../../shared/domain/mrz/check-digit';
import { parseMrz, type MrzFormat, type MrzResult } from '../../../shared/domain/mrz/parse-mrz';

// All people below are invented. Line 2 of each literal MRZ is the ICAO Doc 9303 "Utopia"
// specimen (parts 4–6); the names, which no check digit covers, are replaced.
const TODAY = new Date('2026-03-01T00:00:00Z');
const parse = (text: string) => parseMrz(text, { today: TODAY });

// Hand-checked: L898902C3 → 21·7+8·3+9·1+8·7+9·3+0·1+2·7+12·3+3·1 = 316 → 6;
// 740812 → 49+12+0+56+3+2 = 122 → 2; 120415 → 7+6+0+28+3+5 = 49 → 9.
const TD3_LITERAL = ['P<UTOHARTWELL<<IMOGEN<ROSE<<<<<<<<<<<<<<<<<<', 'L898902C36UTO7408122F1204159ZE184226B<<<<<10'];
const TD2_LITERAL = ['I<UTOPENROSE<<TOBIAS<AUGUST<<<<<<<<<', 'D231458907UTO7408122F1204159<<<<<<<6'];
const TD1_LITERAL = ['I<UTOD231458907<<<<<<<<<<<<<<<', '7408122F1204159UTO<<<<<<<<<<<6', 'ASHCOMBE<<WREN<ELODIE<<<<<<<<<'];
// A 12-character document number, D23145890734, continued into the optional data with check digit 9.
const TD1_LONG_LITERAL = ['I<UTOD23145890<7349<<<<<<<<<<<', '3407127M9507122UTO<<<<<<<<<<<2', 'FENWICK<<ORSON<<<<<<<<<<<<<<<<'];

// --- Builders: an independent 7-3-1 so tests do not trust the code under test. ---
const value = (c: string) => (c === '<' ? 0 : /\d/.test(c) ? Number(c) : c.charCodeAt(0) - 55);
const cd = (s: string, wrong = false) => String(([...s].reduce((sum, c, i) => sum + value(c) * [7, 3, 1][i % 3]!, 0) + (wrong ? 1 : 0)) % 10);
const pad = (s: string, n: number) => s.padEnd(n, '<');

type Checked = 'documentNumber' | 'dateOfBirth' | 'expiryDate' | 'optionalData' | 'composite';
interface Person { type: string; state: string; number: string; name: string; nationality: string; dob: string; sex: string; expiry: string; optional: string; optional2: string; wrong?: Checked }
const PERSON: Person = { type: 'P<', state: 'UTO', number: 'K4821907', name: 'MARCHBANKS<<ELOWEN<TAMSIN', nationality: 'UTO', dob: '880314', sex: 'F', expiry: '310927', optional: '', optional2: '' };

/** The number field with its check digit, and the optional data (led by any overflow). */
function numbered(p: Person, optional: string): [string, string] {
  if (p.number.length <= 9) return [pad(p.number, 9) + cd(p.number, p.wrong === 'documentNumber'), optional];
  return [`${p.number.slice(0, 9)}<`, `${p.number.slice(9)}${cd(p.number, p.wrong === 'documentNumber')}<${optional}`];
}
const dates = (p: Person) => [p.dob + cd(p.dob, p.wrong === 'dateOfBirth'), p.expiry + cd(p.expiry, p.wrong === 'expiryDate')] as const;

function td3(over: Partial<Person> = {}): string {
  const p = { ...PERSON, ...over };
  const [dob, expiry] = dates(p);
  const number = pad(p.number, 9) + cd(p.number, p.wrong === 'documentNumber');
  const optional = pad(p.optional, 14) + (p.optional ? cd(p.optional, p.wrong === 'optionalData') : '<');
  const composite = cd(number + dob + expiry + optional, p.wrong === 'composite');
  return `${pad(p.type + p.state + p.name, 44)}\n${number}${p.nationality}${dob}${p.sex}${expiry}${optional}${composite}`;
}
function td2(over: Partial<Person> = {}): string {
  const p = { ...PERSON, type: 'I<', ...over };
  const [dob, expiry] = dates(p);
  const [number, optional] = numbered(p, p.optional);
  const composite = cd(number + dob + expiry + pad(optional, 7), p.wrong === 'composite');
  return `${pad(p.type + p.state + p.name, 36)}\n${number}${p.nationality}${dob}${p.sex}${expiry}${pad(optional, 7)}${composite}`;
}
function td1(over: Partial<Person> = {}): string {
  const p = { ...PERSON, type: 'I<', ...over };
  const [dob, expiry] = dates(p);
  const [number, optional] = numbered(p, p.optional);
  const line1 = pad(p.type + p.state + number + optional, 30);
  const line2 = `${dob}${p.sex}${expiry}${p.nationality}${pad(p.optional2, 11)}`;
  const composite = cd(line1.slice(5) + dob + expiry + pad(p.optional2, 11), p.wrong === 'composite');
  return `${line1}\n${line2}${composite}\n${pad(p.name, 30)}`;
}
const BUILD: Record<MrzFormat, (over?: Partial<Person>) => string> = { TD1: td1, TD2: td2, TD3: td3 };

function fieldsOf(result: MrzResult) {
  if (!result.ok) throw new Error(`expected success, got ${JSON.stringify(result.errors)}`);
  return result.fields;
}
function errorsOf(result: MrzResult) {
  if (result.ok) throw new Error('expected failure');
  return result.errors;
}

describe('check digit (ICAO 7-3-1)', () => {
  it('values digits as themselves, A–Z as 10–35 and < as 0', () => {
    expect(['0', '9', 'A', 'Z', '<'].map(mrzCharacterValue)).toEqual([0, 9, 10, 35, 0]);
  });
  it('matches the check digits printed on the ICAO specimens', () => {
    expect(checkDigit('L898902C3')).toBe(6);
    expect(checkDigit('740812')).toBe(2);
    expect(checkDigit('120415')).toBe(9);
    expect(checkDigit('ZE184226B<<<<<')).toBe(1);
    expect(checkDigit('D23145890734')).toBe(9);
    expect(checkDigit('L898902C3674081221204159ZE184226B<<<<<1')).toBe(0);
    expect(checkDigit('<<<<<')).toBe(0);
  });
  it('refuses characters an MRZ cannot contain', () => {
    expect(() => checkDigit('ab1')).toThrow(RangeError);
  });
});

describe('parseMrz: valid documents', () => {
  it('reads a literal passport (TD3)', () => {
    expect(parse(TD3_LITERAL.join('\n'))).toEqual({
      ok: true,
      format: 'TD3',
      warnings: [],
      fields: {
        documentType: 'P', issuingState: 'UTO', documentNumber: 'L898902C3', familyName: 'HARTWELL', givenNames: 'IMOGEN ROSE',
        nationality: 'UTO', dateOfBirth: '1974-08-12', sex: 'F', expiryDate: '2012-04-15', optionalData: 'ZE184226B',
      },
    });
  });
  it('reads a literal TD2 card', () => {
    const result = parse(TD2_LITERAL.join('\n'));
    expect(result.ok && result.format).toBe('TD2');
    expect(fieldsOf(result)).toMatchObject({ documentType: 'I', documentNumber: 'D23145890', familyName: 'PENROSE', givenNames: 'TOBIAS AUGUST', dateOfBirth: '1974-08-12', optionalData: '' });
  });
  it('reads a literal TD1 ID card', () => {
    const result = parse(TD1_LITERAL.join('\n'));
    expect(result.ok && result.format).toBe('TD1');
    expect(fieldsOf(result)).toMatchObject({ documentNumber: 'D23145890', familyName: 'ASHCOMBE', givenNames: 'WREN ELODIE', sex: 'F', nationality: 'UTO', expiryDate: '2012-04-15' });
  });
  it('reads a literal TD1 whose long document number continues into the optional data', () => {
    expect(fieldsOf(parse(TD1_LONG_LITERAL.join('\n')))).toMatchObject({ documentNumber: 'D23145890734', optionalData: '', dateOfBirth: '1934-07-12', sex: 'M', expiryDate: '2095-07-12' });
  });
  it.each(['TD1', 'TD2', 'TD3'] as const)('round-trips a built %s with several given names and a two-part family name', (format) => {
    const result = parse(BUILD[format]({ name: 'DE<LA<CRUZ<<ANA<SOFIA<MARIA', sex: 'M' }));
    expect(result).toMatchObject({ ok: true, format, warnings: [] });
    expect(fieldsOf(result)).toMatchObject({ familyName: 'DE LA CRUZ', givenNames: 'ANA SOFIA MARIA', documentNumber: 'K4821907', dateOfBirth: '1988-03-14', expiryDate: '2031-09-27', sex: 'M' });
  });
  it.each(['TD1', 'TD2'] as const)('reads a long document number and the optional data after it on %s', (format) => {
    expect(fieldsOf(parse(BUILD[format]({ number: 'AB1234567890', optional: 'QZ' })))).toMatchObject({ documentNumber: 'AB1234567890', optionalData: 'QZ' });
  });
  it('joins the optional data of both TD1 lines, and checks the passport personal number', () => {
    expect(fieldsOf(parse(td1({ optional: 'AA11', optional2: 'BB22' }))).optionalData).toBe('AA11 BB22');
    expect(fieldsOf(parse(td3({ optional: 'P9876543' }))).optionalData).toBe('P9876543');
  });
});

describe('parseMrz: tolerant input', () => {
  const expected = fieldsOf(parse(TD3_LITERAL.join('\n')));
  it('accepts lower case, CRLF, blank lines and surrounding whitespace', () => {
    const messy = `\r\n   ${TD3_LITERAL[0]!.toLowerCase()}  \r\n\r\n\t${TD3_LITERAL[1]!.toLowerCase()}\r\n\n`;
    expect(fieldsOf(parse(messy))).toEqual(expected);
  });
  it('splits a whole MRZ pasted as one run-together line', () => {
    expect(fieldsOf(parse(TD3_LITERAL.join('')))).toEqual(expected);
    expect(parse(TD1_LITERAL.join(''))).toMatchObject({ ok: true, format: 'TD1' });
  });
});

describe('parseMrz: dates, sex and codes', () => {
  it('puts birth years up to this year in the 2000s, later ones in the 1900s, and expiries always in the 2000s', () => {
    expect(fieldsOf(parse(td3({ dob: '260228' }))).dateOfBirth).toBe('2026-02-28');
    expect(fieldsOf(parse(td3({ dob: '270101' }))).dateOfBirth).toBe('1927-01-01');
    expect(fieldsOf(parse(td3({ dob: '000229' }))).dateOfBirth).toBe('2000-02-29');
    expect(fieldsOf(parse(td3({ expiry: '991231' }))).expiryDate).toBe('2099-12-31');
  });
  it('returns a null date of birth with a warning when the day and month are unknown', () => {
    expect(parse(td3({ dob: '85<<<<' }))).toMatchObject({
      ok: true,
      fields: { dateOfBirth: null },
      warnings: [{ line: 2, field: 'dateOfBirth', message: 'Line 2, date of birth: the day and month of birth are unknown, shown as << (the MRZ gives only the year, 1985); record the date of birth by hand' }],
    });
  });
  it('returns a null date of birth with a warning when it is wholly unknown (TD1)', () => {
    const result = parse(td1({ dob: '<<<<<<' }));
    expect(result).toMatchObject({ ok: true, fields: { dateOfBirth: null } });
    expect(result.ok && result.warnings[0]?.message).toBe('Line 2, date of birth: the day, month and year of birth are unknown, shown as <<; record the date of birth by hand');
  });
  it('names impossible dates', () => {
    expect(errorsOf(parse(td3({ dob: '851301' })))).toEqual([{ line: 2, field: 'dateOfBirth', message: 'Line 2, date of birth: "851301" is not a real date: there is no month 13' }]);
    expect(errorsOf(parse(td1({ expiry: '300231' })))).toEqual([{ line: 2, field: 'expiryDate', message: 'Line 2, expiry date: "300231" is not a real date: 31/02/2030 does not exist' }]);
    expect(errorsOf(parse(td2({ dob: '85O101' })))[0]?.message).toBe('Line 2, date of birth: "85O101" is not a date; it should be six digits, YYMMDD, with << for an unknown part');
  });
  it('reads < as sex X and rejects other markers', () => {
    expect(fieldsOf(parse(td3({ sex: '<' }))).sex).toBe('X');
    expect(errorsOf(parse(td3({ sex: 'Q' })))).toEqual([{ line: 2, field: 'sex', message: 'Line 2, sex: "Q" is not a sex marker; it should be M, F or <' }]);
  });
  it("gives Germany's D<< as DEU and keeps ICAO's stateless and refugee codes", () => {
    expect(fieldsOf(parse(td3({ state: 'D<<', nationality: 'D<<' })))).toMatchObject({ issuingState: 'DEU', nationality: 'DEU' });
    expect(fieldsOf(parse(td1({ nationality: 'XXA' }))).nationality).toBe('XXA');
    expect(fieldsOf(parse(td2({ state: 'XXB', nationality: 'XXC' })))).toMatchObject({ issuingState: 'XXB', nationality: 'XXC' });
    expect(errorsOf(parse(td3({ nationality: 'U1O' })))[0]?.message).toBe('Line 2, nationality: "U1O" is not a country code; it should be three letters, such as GBR');
  });
  it('refuses a visa or other document read as a passport', () => {
    expect(errorsOf(parse(td3({ type: 'V<' })))[0]?.message).toBe('Line 1, document type: "V<" is not a code this format uses; a passport MRZ starts with P (this reader does not handle visas)');
  });
});

describe('parseMrz: names', () => {
  it('reads a family name alone as having no given names', () => {
    expect(fieldsOf(parse(td3({ name: 'ZARKAWI' })))).toMatchObject({ familyName: 'ZARKAWI', givenNames: '' });
  });
  it('warns that a name filling its whole field may be truncated', () => {
    const result = parse(td1({ name: 'MARCHBANKS<<ELOWEN<TAMSIN<ROSA' }));
    expect(result.ok && result.warnings.map((w) => w.message)).toEqual(['Line 3, name: the name fills the whole MRZ field and may be cut short; check it against the printed name']);
  });
});

describe('parseMrz: check digits', () => {
  const cases: [MrzFormat, Checked, 1 | 2, number, string][] = [
    ['TD3', 'documentNumber', 2, 10, 'document number'],
    ['TD3', 'dateOfBirth', 2, 20, 'date of birth'],
    ['TD3', 'expiryDate', 2, 28, 'expiry date'],
    ['TD3', 'optionalData', 2, 43, 'optional data'],
    ['TD3', 'composite', 2, 44, 'composite check'],
    ['TD2', 'documentNumber', 2, 10, 'document number'],
    ['TD2', 'dateOfBirth', 2, 20, 'date of birth'],
    ['TD2', 'expiryDate', 2, 28, 'expiry date'],
    ['TD2', 'composite', 2, 36, 'composite check'],
    ['TD1', 'documentNumber', 1, 15, 'document number'],
    ['TD1', 'dateOfBirth', 2, 7, 'date of birth'],
    ['TD1', 'expiryDate', 2, 15, 'expiry date'],
    ['TD1', 'composite', 2, 30, 'composite check'],
  ];
  it.each(cases)('%s: a wrong %s check digit is named with its line', (format, field, line, position, label) => {
    // The builder keeps the composite consistent with the wrong digit, so exactly one error is expected.
    const text = BUILD[format]({ wrong: field, optional: field === 'optionalData' ? 'P9876543' : '' });
    const wrong = Number(text.split('\n')[line - 1]!.charAt(position - 1));
    const right = (wrong + 9) % 10;
    expect(errorsOf(parse(text))).toEqual([{ line, field, message: `Line ${line}, ${label}: the check digit is ${wrong} but should be ${right}` }]);
  });
  it.each(['TD1', 'TD2'] as const)('%s: checks the digit that ends a long document number', (format) => {
    const errors = errorsOf(parse(BUILD[format]({ number: 'AB1234567890', wrong: 'documentNumber' })));
    expect(errors).toEqual([{ line: format === 'TD1' ? 1 : 2, field: 'documentNumber', message: expect.stringMatching(/document number: the check digit is \d but should be \d$/) }]);
  });
  it('accepts a blank passport personal number with < or 0 as its check digit', () => {
    const [line1, line2] = td3().split('\n') as [string, string];
    expect(line2.charAt(42)).toBe('<');
    expect(parse(td3()).ok).toBe(true);
    const zero = `${line2.slice(0, 42)}0`;
    const composite = cd(zero.slice(0, 10) + zero.slice(13, 20) + zero.slice(21, 43));
    expect(parse(`${line1}\n${zero}${composite}`).ok).toBe(true);
  });
  it('catches a changed character that only the composite check covers', () => {
    // TD1 line 2's optional data has no check digit of its own. The edited character is the
    // 43rd of the composite, weight 7, so adding 1 to it adds 7 to the right check digit.
    const text = td1({ optional2: 'BB22' }).replace('BB22', 'BB23');
    const wrong = Number(text.split('\n')[1]!.charAt(29));
    expect(errorsOf(parse(text))).toEqual([{ line: 2, field: 'composite', message: `Line 2, composite check: the check digit is ${wrong} but should be ${(wrong + 7) % 10}` }]);
  });
  it('reports every problem at once, in line order', () => {
    const text = td1({ wrong: 'dateOfBirth', nationality: 'U1O', number: 'K48', sex: 'Q' }).replace('K48', 'K49');
    expect(errorsOf(parse(text)).map((e) => `${e.line}:${e.field}`)).toEqual(['1:documentNumber', '2:dateOfBirth', '2:sex', '2:nationality', '2:composite']);
  });
});

describe('parseMrz: shape of the input', () => {
  it('names a line of the wrong length', () => {
    expect(errorsOf(parse(`${TD3_LITERAL[0]!.slice(1)}\n${TD3_LITERAL[1]}`))).toEqual([{ line: 1, field: 'length', message: 'Line 1 has 43 characters; a passport MRZ line has 44' }]);
    expect(errorsOf(parse(`${TD1_LITERAL[0]}\n${TD1_LITERAL[1]}\n${TD1_LITERAL[2]}<`))).toEqual([{ line: 3, field: 'length', message: 'Line 3 has 31 characters; an ID card (TD1) MRZ line has 30' }]);
    expect(errorsOf(parse(`${TD2_LITERAL[0]}\n${TD2_LITERAL[1]!.slice(0, 35)}`))[0]?.message).toBe('Line 2 has 35 characters; a TD2 (two-line ID card) MRZ line has 36');
  });
  it('names characters an MRZ cannot contain', () => {
    const spaced = TD3_LITERAL[0]!.replace('IMOGEN<ROSE', 'IMOGEN ROSE');
    expect(errorsOf(parse(`${spaced}\n${TD3_LITERAL[1]}`))).toEqual([
      { line: 1, field: 'characters', message: 'Line 1 contains a space at position 22; an MRZ uses only A–Z, 0–9 and < (for blanks)' },
    ]);
    expect(errorsOf(parse(TD1_LITERAL.join('\n').replace('WREN', 'WRéN')))[0]?.message).toBe('Line 3 contains "é" at position 13; an MRZ uses only A–Z, 0–9 and < (for blanks)');
  });
  it('says when the text is not an MRZ of any known format', () => {
    const expected = 'an MRZ is 2 lines of 44 characters (passport), 2 lines of 36 (TD2 ID card) or 3 lines of 30 (TD1 ID card)';
    expect(errorsOf(parse('  \n '))).toEqual([{ line: 1, field: 'format', message: `No MRZ was entered; ${expected}.` }]);
    expect(errorsOf(parse('not an mrz'))[0]?.message).toBe(`This is not a recognised MRZ: ${expected}, but this is 1 line of 10 characters.`);
    expect(errorsOf(parse([...TD1_LITERAL, TD1_LITERAL[2]].join('\n')))[0]?.message).toBe(`This is not a recognised MRZ: ${expected}, but this is 4 lines of 30, 30, 30 and 30 characters.`);
  });
});
