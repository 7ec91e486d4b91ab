/**
 * Electronegativity over the desktop app's sources: any finding not in the one list of
 * exceptions (scripts/security/electronegativity.ts) fails, listed as check, file:line and
 * description. A scan of a deliberately insecure fixture proves the scan does find things.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY } from '../../../electron/core/content-security-policy';
import {
  EXCLUSIONS,
  formatFinding,
  scanApp,
  scanPath,
  unacceptedFindings,
  unusedExclusions,
  type ScanResult,
} from '../../../scripts/security/electronegativity';

const SCAN_TIMEOUT = 120_000;

describe('electronegativity over the app', () => {
  let result: ScanResult;
  beforeAll(() => {
    result = scanApp();
  }, SCAN_TIMEOUT);

  it('ran its checks over every file it was given', () => {
    expect(result.checks).toBeGreaterThan(30);
    expect(result.parseErrors, 'files the scanner could not parse').toEqual([]);
  });

  it('has no finding outside the list of exceptions', () => {
    const findings = unacceptedFindings(result.findings);
    expect(findings, `Electronegativity findings:\n${findings.join('\n')}\n`).toEqual([]);
  });

  it('every accepted finding still occurs (remove stale exceptions)', () => {
    expect(unusedExclusions(result.findings).map((e) => e.check)).toEqual([]);
  });

  it('every exception says why, on one line', () => {
    for (const exclusion of EXCLUSIONS) {
      expect(exclusion.reason.length, exclusion.check).toBeGreaterThan(20);
      expect(exclusion.reason, exclusion.check).not.toContain('\n');
    }
    expect(new Set(EXCLUSIONS.map((e) => `${e.check} ${e.file ?? ''}`)).size).toBe(EXCLUSIONS.length);
  });
});

describe('the scan fails on a known bad pattern', () => {
  let dir: string;
  let result: ScanResult;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'electronegativity-fixture-'));
    writeFileSync(
      join(dir, 'main.js'),
      [
        "const { app, BrowserWindow, shell } = require('electron');",
        'app.whenReady().then(() => {',
        '  const win = new BrowserWindow({ webPreferences: { nodeIntegration: true } });',
        '  new BrowserWindow({',
        '    webPreferences: { contextIsolation: false, sandbox: false, webSecurity: false, allowRunningInsecureContent: true, experimentalFeatures: true },',
        '  });',
        "  win.loadURL('http://example.com/');",
        '  win.webContents.on("new-window", (e, url) => shell.openExternal(url));',
        '});',
        '',
      ].join('\n'),
    );
    writeFileSync(join(dir, 'index.html'), '<!doctype html><html><head><script src="http://example.com/x.js"></script></head><body></body></html>\n');
    result = scanPath(dir);
  }, SCAN_TIMEOUT);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('reports each insecure option with its file and line', () => {
    const lines = unacceptedFindings(result.findings);
    expect(lines.length).toBeGreaterThan(0);
    const ids = new Set(result.findings.map((f) => f.id));
    for (const id of [
      'NODE_INTEGRATION_JS_CHECK',
      'CONTEXT_ISOLATION_JS_CHECK',
      'SANDBOX_JS_CHECK',
      'WEB_SECURITY_JS_CHECK',
      'INSECURE_CONTENT_JS_CHECK',
      'EXPERIMENTAL_FEATURES_JS_CHECK',
      'CSP_GLOBAL_CHECK',
      'LIMIT_NAVIGATION_GLOBAL_CHECK',
      'PERMISSION_REQUEST_HANDLER_GLOBAL_CHECK',
      'HTTP_RESOURCES_JS_CHECK',
    ]) {
      expect(ids, `${id} in:\n${lines.join('\n')}`).toContain(id);
    }
    const nodeIntegration = result.findings.find((f) => f.id === 'NODE_INTEGRATION_JS_CHECK')!;
    expect(formatFinding(nodeIntegration)).toMatch(/^NODE_INTEGRATION_JS_CHECK main\.js:3:\d+ /);
  });
});

describe('the Content-Security-Policy', () => {
  it('renderer/index.html carries the same policy as the header (frame-ancestors only works as a header)', () => {
    const html = readFileSync(join(import.meta.dirname, '../../../renderer/index.html'), 'utf8');
    const meta = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1];
    const headerWithoutFrameAncestors = CONTENT_SECURITY_POLICY.split('; ')
      .filter((directive) => !directive.startsWith('frame-ancestors'))
      .join('; ');
    expect(meta).toBe(headerWithoutFrameAncestors);
  });

  it("the CSP evaluator's only remark is the one accepted: 'self' in script-src", () => {
    // What the CSP_GLOBAL_CHECK exception stands on: app://renderer serves only the built
    // bundle (no JSONP endpoint, no AngularJS, no uploaded files), so 'self' is safe here.
    const require = createRequire(import.meta.url);
    const csp = require('@doyensec/csp-evaluator') as {
      CspParser: new (policy: string) => { csp: unknown };
      CspEvaluator: new (csp: unknown, version: unknown) => { evaluate(): { severity: number; directive: string; value: string }[] };
      Version: { CSP3: unknown };
      severities: Record<string, number>;
    };
    const findings = new csp.CspEvaluator(new csp.CspParser(CONTENT_SECURITY_POLICY).csp, csp.Version.CSP3)
      .evaluate()
      .filter((f) => f.severity <= csp.severities.MEDIUM_MAYBE!);
    expect(findings.map((f) => `${f.directive} ${f.value}`)).toEqual(["script-src 'self'"]);
  });
});
