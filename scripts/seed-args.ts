import { parseArgs } from 'node:util';

export const SEED_USAGE = `Usage: npm run seed -- [--people N] [--seed S] [--officers-only]
  --people N        synthetic people to add, 1 to 2,000,000 (default 1000)
  --seed S          random seed; the same seed gives the same data (default 2025)
  --officers-only   only provision the two demo officers for offline sign-in
  --help            show this text
The data folder is FIELD_RECORDER_DATA_DIR, else the app's own; it is created if missing.`;

export type SeedArgs =
  | { kind: 'help' }
  | { kind: 'error'; message: string }
  | { kind: 'run'; people: number; seed: number; officersOnly: boolean };

/** Reads the seed script's arguments without throwing: a typo gets one line, not a stack trace. */
export function parseSeedArgs(args: string[]): SeedArgs {
  let values;
  try {
    ({ values } = parseArgs({
      args,
      options: {
        people: { type: 'string', default: '1000' },
        seed: { type: 'string', default: '2025' },
        'officers-only': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    return { kind: 'error', message: (error as Error).message };
  }
  if (values.help) return { kind: 'help' };
  const people = Number(values.people);
  const seed = Number(values.seed);
  if (!Number.isInteger(people) || people < 1 || people > 2_000_000) return { kind: 'error', message: '--people must be a whole number from 1 to 2,000,000' };
  if (!Number.isInteger(seed)) return { kind: 'error', message: '--seed must be a whole number' };
  return { kind: 'run', people, seed, officersOnly: values['officers-only'] };
}
