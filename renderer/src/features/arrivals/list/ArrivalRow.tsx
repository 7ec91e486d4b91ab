import { memo } from 'react';
import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { nationalityName } from '../../../../../shared/domain/reference/countries';
import { formatDateOfBirth, formatUkDateTime } from '../../../../../shared/domain/time';
import { StatusBadge } from '../../../ui/StatusBadge';
import { personNameOrUnrecorded } from '../../../../../shared/domain/person-name';

interface ArrivalRowProps {
  index: number;
  person: ArrivalSummary | undefined;
  tabbable: boolean;
  /** Where the row sits in the scroller, in pixels. */
  top: number;
  height: number;
  onOpen(person: ArrivalSummary): void;
  onFocus(index: number): void;
}

/**
 * One person in the list; until its page arrives, a grey placeholder of the same height.
 * Memoised: while scrolling, only rows that moved in or whose page arrived are drawn again.
 */
export const ArrivalRow = memo(function ArrivalRow({ index, person, tabbable, top, height, onOpen, onFocus }: ArrivalRowProps) {
  const style = { position: 'absolute', top: 0, left: 0, right: 0, height, transform: `translateY(${top}px)` } as const;
  const common = { role: 'row', 'aria-rowindex': index + 2, 'data-index': index, tabIndex: tabbable ? 0 : -1, style, onFocus: () => onFocus(index) };
  if (!person) {
    return (
      <div {...common} className="vlist__row vlist__row--loading" aria-busy="true">
        <div role="gridcell" className="vlist__placeholder">
          <span className="visually-hidden">Loading row {index + 1}</span>
        </div>
      </div>
    );
  }
  const name = personNameOrUnrecorded(person);
  const nationality = nationalityName(person.nationality);
  return (
    <div {...common} className="vlist__row" data-reference={person.reference} onClick={() => onOpen(person)}>
      <div role="gridcell" className="vlist__mono">{person.reference}</div>
      <div role="gridcell" className="vlist__name" title={name}>{name}</div>
      <div role="gridcell">{formatDateOfBirth(person.dateOfBirth, person.dateOfBirthPrecision) ?? '—'}</div>
      <div role="gridcell">{person.sex ?? '—'}</div>
      {/* The code first: long official names ("Islamic Republic of Iran") are cut short in the column. */}
      <div role="gridcell" title={nationality}>
        {/* The code is for the eye; read aloud, "ETHEthiopia" was one word. */}
        {person.nationality ? <><span className="vlist__code" aria-hidden="true">{person.nationality}</span>{nationality}</> : '—'}
      </div>
      <div role="gridcell">{formatUkDateTime(person.arrivedAt)}</div>
      <div role="gridcell">{person.site ?? '—'}</div>
      {/* Only drafts get a badge: on a long list, the exceptions are what must stand out. */}
      <div role="gridcell">{person.status === 'DRAFT' ? <StatusBadge status="DRAFT" /> : <span className="vlist__final">Final</span>}</div>
      <div role="gridcell">
        {person.vulnerable && <span className="badge badge--alert">Vulnerable</span>}
        {person.unaccompanied && <span className="badge badge--alert">Unaccompanied</span>}
      </div>
    </div>
  );
});
