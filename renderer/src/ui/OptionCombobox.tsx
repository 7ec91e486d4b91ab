import { forwardRef, useId, useState, type KeyboardEvent } from 'react';
import type { Option } from '../../../shared/domain/reference/options';
import { rankOptions } from './option-search';

interface OptionComboboxProps {
  options: readonly Option[];
  /** The chosen code; '' for none; text that matched nothing is kept so validation can say so. */
  value: string;
  onChange(value: string): void;
  onBlur?(): void;
  id?: string;
  name?: string;
  placeholder?: string;
  'aria-invalid'?: boolean;
  'aria-describedby'?: string;
}

/**
 * A long list picked by typing (ARIA combobox, list autocomplete with automatic selection):
 * "eri" highlights Eritrea, and Tab or Enter takes the highlighted option. Escape puts the
 * previous choice back. Focus never leaves the text box, so tab order stays simple.
 */
export const OptionCombobox = forwardRef<HTMLInputElement, OptionComboboxProps>(function OptionCombobox(
  { options, value, onChange, onBlur, placeholder, ...inputProps },
  ref,
) {
  const listId = useId();
  const [draft, setDraft] = useState<string | null>(null); // null: not typing, show the choice
  const [active, setActive] = useState(0);
  const matches = draft === null ? [] : rankOptions(options, draft);
  const open = draft !== null && draft.trim() !== '' && matches.length > 0;
  const chosenLabel = options.find((o) => o.code === value)?.label ?? value;

  function commit(text: string | null) {
    if (text === null) return;
    const pick = text.trim() === '' ? null : (matches[active] ?? null);
    onChange(text.trim() === '' ? '' : (pick?.code ?? text.trim()));
    setDraft(null);
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      if (draft === null) setDraft('');
      const step = event.key === 'ArrowDown' ? 1 : -1;
      setActive((i) => (matches.length ? (i + step + matches.length) % matches.length : 0));
    } else if (event.key === 'Enter' && open) {
      // Enter takes the option; it must not also submit the form around us.
      event.preventDefault();
      event.stopPropagation();
      commit(draft);
    } else if (event.key === 'Enter') {
      // Text that matched nothing (or a cleared box) is the value the form now submits, so that
      // it is refused beside the field; kept as typing, the previous choice (a nationality carried
      // over from the last person) would be saved in its place.
      commit(draft);
    } else if (event.key === 'Tab') {
      commit(draft);
    } else if (event.key === 'Escape' && draft !== null) {
      event.preventDefault();
      setDraft(null);
    }
  }

  return (
    <div className="combobox">
      <input
        {...inputProps}
        ref={ref}
        role="combobox"
        autoComplete="off"
        spellCheck={false}
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={draft ?? chosenLabel}
        onChange={(e) => {
          setDraft(e.target.value);
          setActive(0);
        }}
        onFocus={(e) => e.target.select()}
        onKeyDown={onKeyDown}
        onBlur={() => {
          commit(draft);
          onBlur?.();
        }}
      />
      <ul id={listId} role="listbox" className="combobox__list" hidden={!open}>
        {open &&
          matches.map((option, index) => (
            <li
              key={option.code}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={index === active ? 'combobox__option combobox__option--active' : 'combobox__option'}
              // mousedown, not click: keep focus in the box so blur does not commit another option first.
              onMouseDown={(e) => {
                e.preventDefault();
                onChange(option.code);
                setDraft(null);
              }}
            >
              {option.label} <span className="combobox__code">{option.code}</span>
            </li>
          ))}
      </ul>
    </div>
  );
});
