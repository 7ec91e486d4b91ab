/**
 * `npm run seed -- [--people N] [--seed S] [--officers-only]`: fills the app's database (or
 * FIELD_RECORDER_DATA_DIR) with synthetic boats and people, and provisions the two synthetic
 * demo officers for offline sign-in. Same seed, same data.
 */
import { createEngine } from '../electron/core/engine';
import { databasePath, defaultUserDataDir } from '../electron/core/db/paths';
import { loadOrCreatePlainKey } from '../electron/core/db/key-file';
import { seedDatabase } from '../test/fixtures/synthetic/seed-database';
import { DEMO_PASSWORDS, DEMO_VALID_DAYS, provisionDemoOfficers } from '../test/fixtures/synthetic/demo-officers';
import { parseSeedArgs, SEED_USAGE } from './seed-args';

const args = parseSeedArgs(process.argv.slice(2));
if (args.kind === 'help') {
  console.log(SEED_USAGE);
  process.exit(0);
}
if (args.kind === 'error') {
  console.error(`seed: ${args.message}\n${SEED_USAGE}`);
  process.exit(2);
}
const { people, seed } = args;
const dataDir = defaultUserDataDir();
const file = databasePath(dataDir);
const engine = createEngine({ databaseFile: file, appVersion: 'seed', key: loadOrCreatePlainKey(dataDir) });
const officers = await provisionDemoOfficers(engine.db);
console.log(
  `Demo officers for offline sign-in (valid ${DEMO_VALID_DAYS} days): ` +
    officers.map((o) => `${o.username} / "${DEMO_PASSWORDS[o.username]}" (${o.role})`).join(', '),
);
if (args.officersOnly) {
  engine.close();
  process.exit(0);
}
const started = Date.now();
const result = seedDatabase(engine.db, {
  seed,
  people,
  onProgress: (n) => process.stdout.write(`\r${n.toLocaleString('en-GB')} people…`),
});
engine.close();
console.log(`\rAdded ${result.people.toLocaleString('en-GB')} synthetic people in ${result.boats.toLocaleString('en-GB')} boats to ${file} in ${((Date.now() - started) / 1000).toFixed(1)} s (seed ${seed}).`);
