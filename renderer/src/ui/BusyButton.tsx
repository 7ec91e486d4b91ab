import { forwardRef, type ButtonHTMLAttributes, type MouseEvent } from 'react';

interface BusyButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  /** Working on the last press: further presses are ignored until it is done. */
  busy: boolean;
}

/**
 * A button that works for a moment once pressed (export, check, save, sync). Disabled while
 * it works, it dropped the keyboard to the page — a disabled button cannot keep focus — so
 * the officer had to find their place again from the top; instead it keeps focus, says it is
 * busy, and ignores presses (and Enter in its form) until done. `disabled` stays for a button
 * that may not be used at all.
 */
export const BusyButton = forwardRef<HTMLButtonElement, BusyButtonProps>(function BusyButton({ busy, onClick, ...rest }, ref) {
  const press = (event: MouseEvent<HTMLButtonElement>) => {
    if (busy) event.preventDefault();
    else onClick?.(event);
  };
  return <button ref={ref} {...rest} aria-disabled={busy || undefined} aria-busy={busy || undefined} onClick={press} />;
});
