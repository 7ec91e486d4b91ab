import { useState } from 'react';
import { Field } from '../../ui/Field';
import { useDashboardStore } from './dashboard-store';

/** From and to, both UK calendar days and both included. */
export function CustomRangeForm() {
  const { range, issues, chooseCustom } = useDashboardStore();
  const [from, setFrom] = useState(range.from);
  const [to, setTo] = useState(range.to);
  const errorOf = (path: string) => issues.find((issue) => issue.path === path)?.message;
  return (
    <form
      className="custom-range"
      aria-label="Custom dates"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void chooseCustom({ from, to });
      }}
    >
      <Field label="From" error={errorOf('from')}>
        <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
      </Field>
      <Field label="To" error={errorOf('to')} hint="Included">
        <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
      </Field>
      <button type="submit" className="button button--primary">
        Show
      </button>
    </form>
  );
}
