import { ukClockChangeProblem } from '../../../../shared/domain/uk-local-time';
import { unreadableDateMessage } from './unreadable-date';

/**
 * Why a UK time field cannot be saved, said beside it; null when nothing stops it. The
 * browser's word comes first (a half-typed date reads as blank), then the clock change: a
 * time the clocks skipped, or one that happened twice with no choice made.
 */
export function ukTimeFieldProblem(control: HTMLInputElement | null, value: string | undefined): string | null {
  return unreadableDateMessage(control) ?? ukClockChangeProblem(value ?? '');
}
