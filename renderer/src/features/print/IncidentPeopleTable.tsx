import { Fragment } from 'react';
import { AGE_STATUSES, SEXES } from '../../../../shared/domain/reference/arrival-codes';
import { labelOf } from '../../../../shared/domain/reference/options';
import { formatDateOfBirth } from '../../../../shared/domain/time';
import type { ListedPerson } from './listed-people';

/** Needs as a list that wraps between needs, never inside one: "Fuel / burns" would read as two. */
function Needs({ needs }: { needs: readonly string[] }) {
  return needs.map((need, i) => (
    <Fragment key={need}>
      {i > 0 && ', '}
      <span className="nowrap">{need}</span>
    </Fragment>
  ));
}

/** Everyone aboard, one row each; a row never splits across pages and the header repeats (print.css). */
export function IncidentPeopleTable({ listed }: { listed: readonly ListedPerson[] }) {
  return (
    <table className="print-table">
      <thead>
        <tr><th>#</th><th>Reference</th><th>Family name</th><th>Given names</th><th>Date of birth</th><th>Sex</th><th>Nationality</th><th>Age status</th><th>Family</th><th>Needs</th></tr>
      </thead>
      <tbody>
        {listed.map(({ number, person: p, family, needs }) => (
          <tr key={p.id}>
            <td>{number}</td><td className="nowrap mono">{p.reference}</td><td>{p.familyName}</td><td>{p.givenNames}</td><td className="nowrap">{formatDateOfBirth(p.dateOfBirth, p.dateOfBirthPrecision) ?? '—'}</td>
            <td>{labelOf(SEXES, p.sex)}</td><td>{p.nationality ?? '—'}</td><td>{labelOf(AGE_STATUSES, p.ageStatus)}</td>
            <td className="nowrap">{family}</td><td className="print-needs"><Needs needs={needs} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Only the people who need care, numbered as in the full list, for the first page of a hand-over. */
export function NeedsCareTable({ listed }: { listed: readonly ListedPerson[] }) {
  const needingCare = listed.filter((l) => l.needs.length > 0);
  if (needingCare.length === 0) return <p className="print-empty">No medical needs, disability, trafficking indicators or unaccompanied children recorded.</p>;
  return (
    <table className="print-table">
      <thead>
        <tr><th>#</th><th>Reference</th><th>Family name</th><th>Given names</th><th>Family</th><th>Needs</th></tr>
      </thead>
      <tbody>
        {needingCare.map(({ number, person: p, family, needs }) => (
          <tr key={p.id}>
            <td>{number}</td><td className="nowrap mono">{p.reference}</td><td>{p.familyName}</td><td>{p.givenNames}</td><td className="nowrap">{family}</td><td className="print-needs"><Needs needs={needs} /></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
