import { describe, expect, it } from 'vitest';
import { PushResponse } from '../../../shared/sync';
import { useCentral } from '../../support/central';
import { change } from '../../support/sync-client';

/** A gate a push transaction waits at, just before COMMIT, until the test opens it. */
function gate() {
  let open!: () => void;
  let reached!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  const arrived = new Promise<void>((resolve) => (reached = resolve));
  return { open, arrived, wait: async () => (reached(), opened) };
}

const held = new Map<string, ReturnType<typeof gate>>();

// Real PostgreSQL only: PGlite runs one transaction at a time, so nothing there can commit out of order.
describe('pull never skips a change that commits late (real PostgreSQL)', () => {
  const central = useCentral('postgres', { beforePushCommit: async (deviceId) => held.get(deviceId)?.wait() });

  it('a writer that took versions first commits first; a pull in between sees neither, and afterwards both in order', async () => {
    const [slow, fast, reader] = [await central.enrol(), await central.enrol(), await central.enrol()];
    const { cursor: start } = await reader.pullAll();

    // The slow device's push takes its versions, then stops just before COMMIT.
    const slowGate = gate();
    held.set(slow.id, slowGate);
    const slowPush = slow.push([change(1), change(2)]);
    await slowGate.arrived;

    // The fast device's push starts now; with a sequence it would take higher versions and
    // commit first. Here it must wait for the clock the slow one holds.
    let fastDone = false;
    const fastPush = fast.push([change(1)]).then((answer) => ((fastDone = true), answer));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(fastDone).toBe(false);

    // A pull while both are in flight sees nothing new, and its cursor does not move past anything.
    const during = await reader.pull(start);
    expect(during.body).toMatchObject({ changes: [], cursor: start, hasMore: false });

    slowGate.open();
    const [slowAnswer, fastAnswer] = [PushResponse.parse((await slowPush).body), PushResponse.parse((await fastPush).body)];
    const slowVersions = slowAnswer.results.map((r) => (r.status === 'applied' ? r.version : -1));
    const fastVersion = fastAnswer.results[0]!.status === 'applied' ? fastAnswer.results[0]!.version : -1;
    expect(Math.max(...slowVersions)).toBeLessThan(fastVersion);

    // From the cursor the reader held during the race, it gets all three, in commit order.
    const after = await reader.pullAll(during.body.cursor);
    expect(after.changes.map((c) => c.version)).toEqual([...slowVersions, fastVersion]);
  });

  it('many concurrent pushes from many devices: paging pulls in parallel collect every change exactly once', async () => {
    const devices = await Promise.all(Array.from({ length: 8 }, () => central.enrol()));
    const reader = await central.enrol();
    const { cursor: start } = await reader.pullAll();
    const seen: number[] = [];
    let cursor = start;
    let writing = true;
    // A reader paging with small pages while the writers run.
    const reading = (async () => {
      for (;;) {
        const stillWriting = writing;
        const page = await reader.pull(cursor, 7);
        seen.push(...page.body.changes.map((c: { version: number }) => c.version));
        cursor = page.body.cursor;
        if (!stillWriting && !page.body.hasMore) return;
      }
    })();
    await Promise.all(
      devices.map(async (device) => {
        for (let batch = 0; batch < 5; batch++) {
          const answer = await device.push([change(batch * 3 + 1), change(batch * 3 + 2), change(batch * 3 + 3)]);
          expect(answer.status).toBe(200);
        }
      }),
    );
    writing = false;
    await reading;
    expect(seen).toHaveLength(8 * 5 * 3);
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
  });
});
