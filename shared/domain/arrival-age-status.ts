import { todayIso } from './dates';
import { ukDayOf } from './time';

/*
 * "Adult" is the status of someone who says they are an adult and is not disputed. A date of
 * birth that makes the person a child says otherwise: recorded as "Adult" they would be counted
 * as an adult man or woman, listed as an adult in the incident report and taken as an adult by
 * the returns pilot. Usually it is the A key pressed out of habit for a child. Counted in whole
 * years, so that nobody who may be 18 is refused: a year alone, an estimate or a 1 January
 * placeholder cannot say whether the birthday has passed. An officer who has assessed them
 * as an adult says so with "Assessed as an adult".
 */

interface AgeFacts {
  ageStatus: string | null;
  dateOfBirth: string | null;
  arrivedAt: string | null;
}

/** Why "Adult" cannot stand with this date of birth, or null. Expects a date of birth already checked for shape. */
export function adultWithChildsBirthProblem({ ageStatus, dateOfBirth, arrivedAt }: AgeFacts): string | null {
  if (ageStatus !== 'ADULT' || !dateOfBirth) return null;
  const bornIn = Number(dateOfBirth.slice(0, 4));
  const arrivalYear = Number((arrivedAt ? ukDayOf(arrivedAt) : todayIso()).slice(0, 4));
  if (!Number.isInteger(bornIn) || arrivalYear - bornIn >= 18) return null;
  return `Born in ${bornIn}, so a child when they arrived: choose a child's age status, or "Assessed as an adult" after an age assessment`;
}
