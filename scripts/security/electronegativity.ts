/**
 * Electronegativity (Doyensec's scanner for Electron misconfigurations) called from code,
 * because its CLI exits 0 whatever it finds. test/unit/main/electronegativity.test.ts
 * fails on any finding that is not in EXCLUSIONS below.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const RUNNER = join(ROOT, 'scripts/security/electronegativity-runner.mjs');

/** What the desktop app is made of: main, preload, the renderer's page and code, and the manifest. */
export const SCANNED_PATHS = ['electron', 'renderer/index.html', 'renderer/src', 'package.json'] as const;

/**
 * The one list of exceptions, each by check name with its reason. `skip` (the scanner's
 * class name) switches a check off before the scan; otherwise the finding is accepted after
 * the scan, and only in `file` (and with `description`) when given. Any other finding
 * fails `npm test`; an accepted finding that no longer occurs fails it too, so this list
 * only shrinks when the code improves.
 */
export const EXCLUSIONS: readonly Exclusion[] = [
  {
    check: 'AVAILABLE_SECURITY_FIXES_GLOBAL_CHECK',
    skip: 'AvailableSecurityFixesGlobalCheck',
    reason: 'downloads Electron’s release list from GitHub on every run; the pinned Electron is reviewed when dependencies are updated',
  },
  {
    check: 'ELECTRON_VERSION_JSON_CHECK',
    skip: 'ElectronVersionJSONCheck',
    reason: 'informational: only reads the Electron version for the release check above (pinned exactly in package.json)',
  },
  {
    check: 'OPEN_EXTERNAL_JS_CHECK',
    file: 'electron/main/hardening.ts',
    reason: 'reviewed: only https://www.gov.uk/ links reach it (windowOpenDecision, tested in policies.test.ts and shell-guards.test.ts)',
  },
  {
    check: 'PRELOAD_JS_CHECK',
    file: 'electron/main/window.ts',
    reason: 'reviewed: the app’s own preload exposes one function per contract method via contextBridge, never ipcRenderer',
  },
  {
    check: 'CSP_GLOBAL_CHECK',
    file: 'renderer/index.html',
    description: 'One or more CSP directives detected seems to be vulnerable',
    reason: "only \"'self' in script-src is risky with JSONP, Angular or user uploads\": app://renderer serves the built bundle only (asserted in the test)",
  },
];

export interface Exclusion {
  /** The check's id as the scanner reports it. */
  check: string;
  /** The scanner's class name, when the check must not run at all. */
  skip?: string;
  /** Repository-relative file the accepted finding must be in. */
  file?: string;
  /** Exact description the accepted finding must have (for checks with several verdicts). */
  description?: string;
  reason: string;
}

export function isExcluded(finding: ScanFinding, exclusion: Exclusion): boolean {
  return (
    exclusion.check === finding.id &&
    (exclusion.file === undefined || exclusion.file === finding.file) &&
    (exclusion.description === undefined || exclusion.description === finding.description)
  );
}

export interface ScanFinding {
  id: string;
  /** Relative to the repository root. */
  file: string;
  line: number;
  column: number;
  severity: string;
  confidence: string;
  manualReview: boolean;
  description: string;
}

export interface ScanResult {
  /** How many checks ran (global and per-file). */
  checks: number;
  findings: ScanFinding[];
  /** Files the scanner could not parse: a file it did not read is not a file that passed. */
  parseErrors: { file: string; message: string }[];
}

interface RawResult {
  checks: number;
  errors: { file: string; message: string; tolerable: boolean }[];
  issues: ScanFinding[];
}

/** The Electron version the app ships, from package.json (pinned exactly). */
export function pinnedElectronVersion(root = ROOT): string {
  const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { devDependencies?: Record<string, string> };
  const version = manifest.devDependencies?.electron;
  if (!version || !/^\d+\.\d+\.\d+$/.test(version)) throw new Error(`electron must be pinned to an exact version in package.json (found ${version})`);
  return version;
}

/** Scans one folder or file as it is, with paths in the result relative to it. */
export function scanPath(input: string, electronVersion = pinnedElectronVersion()): ScanResult {
  const stdout = execFileSync(
    process.execPath,
    [RUNNER, JSON.stringify({ input, electronVersion, excludeChecks: EXCLUSIONS.flatMap((e) => (e.skip ? [e.skip] : [])) })],
    // LANG picks the scanner's messages; en-US is bundled with it.
    { cwd: ROOT, encoding: 'utf8', env: { ...process.env, LANG: 'en-US' }, stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024, timeout: 120_000 },
  );
  const raw = JSON.parse(stdout) as RawResult;
  const normalise = (file: string) => file.split('\\').join('/').replace(/^\.\//, '');
  return {
    checks: raw.checks,
    findings: raw.issues.map((issue) => ({ ...issue, file: normalise(issue.file) })),
    parseErrors: raw.errors.filter((e) => !e.tolerable).map((e) => ({ file: normalise(e.file), message: e.message })),
  };
}

/**
 * Scans the app's sources (SCANNED_PATHS) in one run, so checks that look at the whole app
 * (CSP, navigation limits, permission handlers) see main, preload and the renderer's page
 * together. They are copied to a temporary folder first to keep node_modules out.
 */
export function scanApp(root = ROOT): ScanResult {
  const staging = mkdtempSync(join(tmpdir(), 'electronegativity-'));
  try {
    for (const path of SCANNED_PATHS) {
      if (existsSync(join(root, path))) cpSync(join(root, path), join(staging, path), { recursive: true });
    }
    return scanPath(staging, pinnedElectronVersion(root));
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
}

/** Findings that are not accepted, each formatted `CHECK_ID file:line:column description`. */
export function unacceptedFindings(findings: readonly ScanFinding[]): string[] {
  return findings
    .filter((f) => !EXCLUSIONS.some((e) => isExcluded(f, e)))
    .map(formatFinding);
}

/** Accepted-after-the-scan exceptions that matched nothing: stale, to be removed from EXCLUSIONS. */
export function unusedExclusions(findings: readonly ScanFinding[]): Exclusion[] {
  return EXCLUSIONS.filter((e) => !e.skip && !findings.some((f) => isExcluded(f, e)));
}

export function formatFinding(f: ScanFinding): string {
  return `${f.id} ${f.file}:${f.line}:${f.column} ${f.description} [${f.severity}/${f.confidence}${f.manualReview ? ', review' : ''}]`;
}
