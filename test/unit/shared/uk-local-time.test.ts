import { describe, expect, it } from 'vitest';
import { InterceptionInput } from '../../../shared/domain/interception';
import { formatUkDateTime, ukLocalToUtcIso, utcIsoToUkLocalTime } from '../../../shared/domain/time';
import { keepOccurrence, readUkLocalTime, ukClockChangeProblem } from '../../../shared/domain/uk-local-time';

describe('the night the clocks go forward: 01:00–01:59 UK time never happens', () => {
  it.each([
    ['2025-03-30', '2025-03-30T00:59:00.000Z', '2025-03-30T01:00:00.000Z'],
    ['2026-03-29', '2026-03-29T00:59:00.000Z', '2026-03-29T01:00:00.000Z'],
  ])('on %s: 00:59 GMT and 02:00 BST are one minute apart, and every time between is refused', (day, justBefore, justAfter) => {
    expect(ukLocalToUtcIso(`${day}T00:59`)).toBe(justBefore);
    expect(ukLocalToUtcIso(`${day}T02:00`)).toBe(justAfter);
    for (const time of ['01:00', '01:30', '01:59']) {
      expect(ukLocalToUtcIso(`${day}T${time}`)).toBeUndefined();
      expect(readUkLocalTime(`${day}T${time}`).kind).toBe('skipped');
    }
  });

  it('says plainly why, and what to enter if the watch had not been put forward', () => {
    expect(ukClockChangeProblem('2026-03-29T01:30')).toBe(
      '01:30 did not happen on 29 March 2026: the clocks went forward from 01:00 to 02:00. If the watch had not been put forward yet, the UK time was 02:30: enter that',
    );
    expect(ukClockChangeProblem('2025-03-30T01:00')).toContain('the UK time was 02:00');
  });

  it('refuses a skipped time even with an offset written after it', () => {
    expect(ukLocalToUtcIso('2026-03-29T01:30+00:00')).toBeUndefined();
    expect(ukLocalToUtcIso('2026-03-29T01:30+01:00')).toBeUndefined();
  });
});

describe('the night the clocks go back: 01:00–01:59 UK time happens twice', () => {
  it.each([
    ['2025-10-26', '2025-10-25T23:59:00.000Z', '2025-10-26T02:00:00.000Z'],
    ['2026-10-25', '2026-10-24T23:59:00.000Z', '2026-10-25T02:00:00.000Z'],
  ])('on %s: 00:59 (BST) and 02:00 (GMT) are one instant each; 01:00 to 01:59 are two', (day, at0059, at0200) => {
    expect(ukLocalToUtcIso(`${day}T00:59`)).toBe(at0059);
    expect(ukLocalToUtcIso(`${day}T02:00`)).toBe(at0200);
    const utcDay = (hm: string, hoursAfterMidnightUtc: number) => new Date(Date.parse(`${day}T00:00:00.000Z`) + hoursAfterMidnightUtc * 3_600_000 + Number(hm.slice(3)) * 60_000).toISOString();
    for (const time of ['01:00', '01:30', '01:59']) {
      const reading = readUkLocalTime(`${day}T${time}`);
      expect(reading.kind).toBe('twice');
      if (reading.kind !== 'twice') continue;
      expect(reading.first).toMatchObject({ iso: utcDay(time, 0), offset: '+01:00', zone: 'BST' });
      expect(reading.second).toMatchObject({ iso: utcDay(time, 1), offset: '+00:00', zone: 'GMT' });
      expect(reading.chosen).toBeNull();
      // No choice, no instant: never a guess.
      expect(ukLocalToUtcIso(`${day}T${time}`)).toBeUndefined();
    }
  });

  it('takes the occurrence the officer chose', () => {
    expect(ukLocalToUtcIso('2026-10-25T01:30+01:00')).toBe('2026-10-25T00:30:00.000Z');
    expect(ukLocalToUtcIso('2026-10-25T01:30+00:00')).toBe('2026-10-25T01:30:00.000Z');
    expect(ukLocalToUtcIso('2026-10-25T01:30+02:00')).toBeUndefined();
    expect(ukClockChangeProblem('2026-10-25T01:30+00:00')).toBeNull();
  });

  it('asks which one, in plain words, until it is chosen', () => {
    expect(ukClockChangeProblem('2026-10-25T01:30')).toBe('Choose which 01:30 it was: the first (BST) or the second (GMT)');
    const reading = readUkLocalTime('2026-10-25T01:30');
    expect(reading.kind === 'twice' && reading.question).toBe('01:30 on 25 October 2026 happened twice (the clocks went back from 02:00 to 01:00). Which one was it?');
  });

  it('round-trips: a saved second 01:30 opens as "second (GMT)" and saves the same instant', () => {
    for (const iso of ['2026-10-25T00:30:00.000Z', '2026-10-25T01:30:00.000Z', '2025-10-26T01:59:00.000Z']) {
      expect(ukLocalToUtcIso(utcIsoToUkLocalTime(iso))).toBe(iso);
    }
    expect(utcIsoToUkLocalTime('2026-10-25T01:30:00.000Z')).toBe('2026-10-25T01:30+00:00');
    expect(utcIsoToUkLocalTime('2026-10-25T00:30:00.000Z')).toBe('2026-10-25T01:30+01:00');
  });

  it('shows which one it was wherever a time is displayed', () => {
    expect(formatUkDateTime('2026-10-25T00:30:00.000Z')).toBe('25 Oct 2026, 01:30 BST (before the clocks went back)');
    expect(formatUkDateTime('2026-10-25T01:30:00.000Z')).toBe('25 Oct 2026, 01:30 GMT (after the clocks went back)');
    expect(formatUkDateTime('2026-10-25T02:00:00.000Z')).toBe('25 Oct 2026, 02:00');
  });

  it('keeps a choice while the time is retyped within the repeated hour, and drops it outside', () => {
    expect(keepOccurrence('2026-10-25T01:45', '2026-10-25T01:30+00:00')).toBe('2026-10-25T01:45+00:00');
    expect(keepOccurrence('2026-10-25T02:30', '2026-10-25T01:30+00:00')).toBe('2026-10-25T02:30');
    expect(keepOccurrence('2025-10-26T01:30', '2026-10-25T01:30+00:00')).toBe('2025-10-26T01:30');
  });
});

describe('every other day', () => {
  it('reads as before, one instant each, with nothing added', () => {
    expect(ukLocalToUtcIso('2026-03-28T01:30')).toBe('2026-03-28T01:30:00.000Z');
    expect(ukLocalToUtcIso('2026-03-30T01:30')).toBe('2026-03-30T00:30:00.000Z');
    expect(ukLocalToUtcIso('2026-10-24T01:30')).toBe('2026-10-24T00:30:00.000Z');
    expect(ukLocalToUtcIso('2026-10-26T01:30')).toBe('2026-10-26T01:30:00.000Z');
    expect(utcIsoToUkLocalTime('2026-10-26T01:30:00.000Z')).toBe('2026-10-26T01:30');
    expect(ukClockChangeProblem('2026-07-01T01:30')).toBeNull();
  });

  it('refuses impossible dates and offsets that are not the UK one', () => {
    expect(readUkLocalTime('2026-02-31T10:00').kind).toBe('unreadable');
    expect(readUkLocalTime('2026-07-01T24:00').kind).toBe('unreadable');
    expect(ukLocalToUtcIso('2026-07-01T10:00+00:00')).toBeUndefined();
    expect(ukLocalToUtcIso('2026-07-01T10:00+01:00')).toBe('2026-07-01T09:00:00.000Z');
  });
});

describe("the engine's boundary", () => {
  it('takes instants in UTC only, so a local time with no choice cannot reach it and be guessed', () => {
    for (const detectedAt of ['2026-10-25T01:30', '2026-10-25T01:30+00:00']) {
      const parsed = InterceptionInput.safeParse({ status: 'DRAFT', detectedAt });
      expect(parsed.success).toBe(false);
    }
    expect(InterceptionInput.safeParse({ status: 'DRAFT', detectedAt: '2026-10-25T01:30:00.000Z' }).success).toBe(true);
  });
});
