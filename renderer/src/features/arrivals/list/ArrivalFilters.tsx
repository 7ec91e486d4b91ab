import { useShallow } from 'zustand/react/shallow';
import { NATIONALITIES } from '../../../../../shared/domain/reference/countries';
import { RECORD_STATUSES } from '../../../../../shared/domain/reference/arrival-codes';
import { SITES } from '../../../../../shared/domain/reference/sites';
import { Field } from '../../../ui/Field';
import { OptionCombobox } from '../../../ui/OptionCombobox';
import { Select } from '../../../ui/Select';
import { useArrivalListStore } from './arrival-list-store';

const NEEDS = [
  { code: 'yes', label: 'Vulnerable' },
  { code: 'no', label: 'Not vulnerable' },
];

/** Typing in the search box waits this long for the next key before asking the engine. */
const SEARCH_PAUSE_MS = 250;

/** Every change applies at once (the search after a short pause); a bad value is explained beside its field. */
export function ArrivalFilters() {
  const { draft, errors } = useArrivalListStore(useShallow((s) => ({ draft: s.draft, errors: s.filterErrors })));
  const setDraft = useArrivalListStore((s) => s.setDraft);
  return (
    <form role="search" aria-label="Filter people" className="filters" onSubmit={(e) => (e.preventDefault(), setDraft({}))}>
      <div className="filters__search">
        <Field label="Search" error={errors.search} hint="The start of any name, reference or document number. Accents optional; other spellings are found too.">
          <input type="search" autoComplete="off" spellCheck={false} value={draft.search} onChange={(e) => setDraft({ search: e.target.value }, SEARCH_PAUSE_MS)} />
        </Field>
      </div>
      <Field label="From (UK day)" error={errors.from}>
        <input type="date" value={draft.from} onChange={(e) => setDraft({ from: e.target.value })} />
      </Field>
      <Field label="To (UK day)" error={errors.to}>
        <input type="date" value={draft.to} onChange={(e) => setDraft({ to: e.target.value })} />
      </Field>
      <Field label="Site" error={errors.site}>
        <Select options={SITES} placeholder="Any site" value={draft.site} onChange={(e) => setDraft({ site: e.target.value })} />
      </Field>
      <Field label="Nationality" error={errors.nationality}>
        <OptionCombobox options={NATIONALITIES} placeholder="Any nationality" value={draft.nationality} onChange={(nationality) => setDraft({ nationality })} />
      </Field>
      <Field label="Vulnerability" error={errors.vulnerable}>
        <Select options={NEEDS} placeholder="Anyone" value={draft.vulnerable} onChange={(e) => setDraft({ vulnerable: e.target.value as '' | 'yes' | 'no' })} />
      </Field>
      <Field label="Status" error={errors.status}>
        <Select options={RECORD_STATUSES} placeholder="Any status" value={draft.status} onChange={(e) => setDraft({ status: e.target.value })} />
      </Field>
    </form>
  );
}
