import { forwardRef, type SelectHTMLAttributes } from 'react';
import type { Option } from '../../../shared/domain/reference/options';
import { forgetTyping, typeAheadWithoutCycling } from './select-type-ahead';

interface SelectProps extends SelectHTMLAttributes<HTMLSelectElement> {
  options: readonly Option[];
  placeholder?: string;
}

export const Select = forwardRef<HTMLSelectElement, SelectProps>(function Select({ options, placeholder, onKeyDown, onBlur, ...rest }, ref) {
  return (
    <select
      ref={ref}
      {...rest}
      onKeyDown={(event) => {
        onKeyDown?.(event);
        if (!event.defaultPrevented) typeAheadWithoutCycling(event);
      }}
      onBlur={(event) => {
        forgetTyping(event.currentTarget);
        onBlur?.(event);
      }}
    >
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {options.map((o) => (
        <option key={o.code} value={o.code}>
          {o.label}
        </option>
      ))}
    </select>
  );
});
