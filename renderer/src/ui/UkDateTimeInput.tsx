import { useId, useImperativeHandle, useRef, type Ref } from 'react';
import { keepOccurrence, readUkLocalTime, typedUkTime, withOccurrence } from '../../../shared/domain/uk-local-time';

/** What a form needs of the input: the browser's own control (to ask whether it could read it) and where to put the cursor. */
export interface UkDateTimeHandle {
  element: HTMLInputElement | null;
  /** The question still to answer (which of two times), else the time itself. */
  focus(): void;
}

interface UkDateTimeInputProps {
  /** The typed UK local time, with the occurrence chosen on the night the clocks go back (shared/domain/uk-local-time.ts). */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  name?: string;
  handleRef?: Ref<UkDateTimeHandle>;
  /** Given by Field: the label's target and what describes it. */
  id?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * The one input for a UK local date and time, behind every time field in the app. On the night
 * the clocks go back, a time in the repeated hour asks beside the field which of the two it
 * was, and the answer becomes part of the value; until it is answered, and for a time the
 * clocks skipped, the form refuses to save (ukClockChangeProblem) rather than guess.
 */
export function UkDateTimeInput({ value, onChange, onBlur, name, handleRef, id, ...described }: UkDateTimeInputProps) {
  const group = useId();
  const input = useRef<HTMLInputElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const reading = readUkLocalTime(value);
  const typed = typedUkTime(value);
  useImperativeHandle(handleRef, () => ({
    get element() {
      return input.current;
    },
    focus: () => {
      const now = readUkLocalTime(value);
      (now.kind === 'twice' && !now.chosen && firstChoice.current ? firstChoice.current : input.current)?.focus();
    },
  }), [value]);
  return (
    <>
      {/* A latest date keeps Chromium's year part to four digits (see Field). */}
      <input
        ref={input}
        type="datetime-local"
        id={id}
        name={name}
        max="9999-12-31T23:59"
        value={typed}
        onChange={(e) => onChange(keepOccurrence(e.target.value, value))}
        onBlur={onBlur}
        {...described}
      />
      {reading.kind === 'twice' && (
        <fieldset className="clock-change" aria-describedby={described['aria-describedby']}>
          <legend>{reading.question}</legend>
          {[reading.first, reading.second].map((occurrence, i) => (
            <label key={occurrence.offset}>
              <input
                ref={i === 0 ? firstChoice : undefined}
                type="radio"
                name={group}
                checked={reading.chosen?.offset === occurrence.offset}
                onChange={() => onChange(withOccurrence(typed, occurrence))}
                onBlur={onBlur}
              />
              {i === 0 ? `First (${occurrence.zone}, before the clocks went back)` : `Second (${occurrence.zone}, after the clocks went back)`}
            </label>
          ))}
        </fieldset>
      )}
    </>
  );
}
