import { useRef } from 'react';
import { useParams } from 'react-router-dom';
import { useSessionStore } from '../../app/session-store';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { BoatHeader } from './boat/BoatHeader';
import { NextPersonForm } from './boat/NextPersonForm';
import { PeopleCountNotice } from './boat/PeopleCountNotice';
import { RecordedPeopleTable } from './boat/RecordedPeopleTable';
import { useBoatPeople } from './boat/use-boat-people';
import type { HandOverRow } from './boat/use-hand-over-row';

/**
 * /interceptions/:id/people: everyone from one boat, recorded one after another by
 * keyboard. The boat gives route, site and time; the previous person gives nationality and
 * languages; the officer types only what differs.
 */
export function BoatPeopleFlow() {
  const { id = '' } = useParams();
  const site = useSessionStore((s) => s.info?.site ?? '');
  const { boat, people, previous, ready, error, recorded, replacePrevious } = useBoatPeople(id);
  const handOverRef: HandOverRow = useRef(null);

  if (error) return <ErrorBanner message={error} />;
  if (!ready || !boat || !people) return <p aria-busy="true">Loading…</p>;
  return (
    <section aria-labelledby="boat-people-title" className="boat-people">
      <BoatHeader boat={boat} site={site} handOverRef={handOverRef} />
      <PeopleCountNotice aboard={boat.peopleAboard} recorded={people.total ?? people.items.length} />
      {/* Keyed by boat: going straight from one boat's flow to another's starts a new row, never the last boat's. */}
      <NextPersonForm key={boat.id} boat={boat} site={site} previous={previous} onPreviousChanged={replacePrevious} onSaved={recorded} handOverRef={handOverRef} />
      <h2 id="recorded-title">Recorded from this boat ({people.total ?? people.items.length})</h2>
      <RecordedPeopleTable people={people.items} total={people.total ?? people.items.length} />
    </section>
  );
}
