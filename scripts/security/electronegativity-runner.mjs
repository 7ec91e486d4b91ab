// Runs Electronegativity's scanner in its own process and prints its findings as JSON on
// stdout. Called by scripts/security/electronegativity.ts; not meant to be run by hand.
//
// Why a separate process: the scanner sets i18n globals, calls process.exit() on a
// misspelt check name, and fetches translations from the network on every run. Here its
// HTTP client (got) is replaced by one that always fails, so a scan never leaves the
// machine and takes the same time online and offline.
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);

const options = JSON.parse(process.argv[2] ?? '{}');
const scannerDir = path.dirname(require.resolve('@doyensec/electronegativity/package.json'));
const gotPath = require.resolve('got', { paths: [scannerDir] });
const offline = () => Promise.reject(new Error('network disabled for the scan'));
offline.head = offline;
offline.get = offline;
require.cache[gotPath] = { id: gotPath, filename: gotPath, loaded: true, exports: offline };

// The scanner talks on stdout; stdout is reserved for the result, so its messages go to stderr.
const out = process.stdout.write.bind(process.stdout);
const toStderr = (...args) => process.stderr.write(`${args.join(' ')}\n`);
Object.assign(console, { log: toStderr, info: toStderr });

const run = require('@doyensec/electronegativity');

run({
  input: options.input,
  isRelative: true,
  customScan: [],
  excludeFromScan: options.excludeChecks ?? [],
  electronVersionOverride: options.electronVersion,
})
  .then((result) => {
    const issues = result.issues.map((issue) => ({
      id: issue.id,
      file: issue.file,
      line: issue.location?.line ?? 0,
      column: issue.location?.column ?? 0,
      severity: issue.severity?.name ?? String(issue.severity),
      confidence: issue.confidence?.name ?? String(issue.confidence),
      manualReview: Boolean(issue.manualReview),
      description: issue.description,
    }));
    out(JSON.stringify({ checks: result.globalChecks + result.atomicChecks, errors: result.errors, issues }));
  })
  .catch((error) => {
    process.stderr.write(`${error && error.stack ? error.stack : String(error)}\n`);
    process.exitCode = 1;
  });
