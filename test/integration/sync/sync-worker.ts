/**
 * A separate app process for the kill -9 test: opens the device's database and syncs
 * until nothing is left to send, printing a line after each batch it has pushed so the
 * test can kill it in the middle of pushing.
 */
import { createEngine } from '../../../electron/core/engine';
import { runSync } from '../../../electron/core/sync/sync-run';

const engine = createEngine({
  databaseFile: process.env.WORKER_DB!,
  appVersion: 'worker',
  key: Buffer.from(process.env.WORKER_KEY!, 'hex'),
});
let lastSent = -1;
for (;;) {
  try {
    const result = await runSync(engine.db, engine.device, 'worker', (p) => {
      if (p.phase === 'push' && p.sent !== lastSent) {
        lastSent = p.sent;
        process.stdout.write(`PUSHED ${p.sent}\n`);
      }
    }, { maxBatchChanges: 50 });
    if (result.sent === 0 && result.resent === 0) break;
  } catch {
    await new Promise((r) => setTimeout(r, 50));
  }
}
engine.close();
process.stdout.write('DONE\n');
