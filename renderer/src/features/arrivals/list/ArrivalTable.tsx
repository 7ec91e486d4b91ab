import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useShallow } from 'zustand/react/shallow';
import type { ArrivalSummary } from '../../../../../shared/domain/arrival-query';
import { useArrivalListStore } from './arrival-list-store';
import { ArrivalRow } from './ArrivalRow';
import { COLUMNS } from './columns';
import { rowAt, rowCountOf } from './row-count';
import { SortHeader } from './SortHeader';
import { useRowKeys } from './use-row-keys';

/** Fixed, so the scroller knows every row's place without measuring 100,000 of them. */
const ROW_HEIGHT = 44;

/** The people list: only the rows in view (and a few either side) exist in the page. */
export function ArrivalTable({ labelledBy }: { labelledBy: string }) {
  const navigate = useNavigate();
  const s = useArrivalListStore(
    useShallow((st) => ({ query: st.query, pages: st.pages, total: st.total, totalIsExact: st.totalIsExact, generation: st.generation })),
  );
  const { showRows, sortBy, remember } = useArrivalListStore.getState();
  const scrollRef = useRef<HTMLDivElement>(null);
  const count = rowCountOf(s.total, s.totalIsExact, s.pages);
  // The React Compiler is not used in this app, so its warning about memoising useVirtualizer does not apply.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer({
    count,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
    initialOffset: () => useArrivalListStore.getState().scrollOffset,
  });
  // Left by opening a row: coming back, the keyboard is on that row again, not at the top of the screen.
  const openedRow = useRef(false);
  const open = useCallback(
    (person: ArrivalSummary) => {
      openedRow.current = true;
      navigate(`/arrivals/${person.id}`);
    },
    [navigate],
  );
  const { activeIndex, leftFromRow } = useArrivalListStore.getState();
  const keys = useRowKeys(
    virtualizer,
    scrollRef,
    count,
    activeIndex,
    (index) => {
      const person = rowAt(s.pages, index);
      if (person) open(person);
    },
    leftFromRow,
  );

  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items.at(-1)?.index ?? 0;
  useEffect(() => showRows(first, last), [first, last, s.generation, showRows]);

  // A new filter or sort is a new list: start at its top.
  const shownQuery = useRef(s.query);
  useEffect(() => {
    if (shownQuery.current === s.query) return;
    shownQuery.current = s.query;
    scrollRef.current?.scrollTo({ top: 0 });
    keys.setActive(0);
  }, [s.query, keys]);

  // Kept as the officer scrolls: once the list has left the page, its scroller reads 0.
  const offset = useRef(useArrivalListStore.getState().scrollOffset);
  const active = keys.active;
  useEffect(() => () => remember(offset.current, active, openedRow.current), [active, remember]);

  const searching = s.query.filter.search !== '';
  const tabbable = items.some((i) => i.index === active) ? active : (items[0]?.index ?? -1);
  return (
    <div role="grid" aria-labelledby={labelledBy} aria-rowcount={count + 1} aria-colcount={COLUMNS.length} aria-readonly="true" className="vlist">
      <div role="rowgroup" className="vlist__head">
        <div role="row" aria-rowindex={1} className="vlist__row vlist__row--head">
          {COLUMNS.map((column) => (
            <SortHeader key={column.label} column={column} query={s.query} searching={searching} onSort={sortBy} />
          ))}
        </div>
      </div>
      <div role="rowgroup" ref={scrollRef} className="vlist__body" onKeyDown={keys.onKeyDown} onScroll={(e) => (offset.current = e.currentTarget.scrollTop)} data-testid="arrival-rows">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((item) => (
            <ArrivalRow
              key={item.key}
              index={item.index}
              person={rowAt(s.pages, item.index)}
              tabbable={item.index === tabbable}
              top={item.start}
              height={ROW_HEIGHT}
              onOpen={open}
              onFocus={keys.setActive}
            />
          ))}
        </div>
      </div>
    </div>
  );
}
