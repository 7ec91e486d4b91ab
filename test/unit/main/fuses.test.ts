/**
 * Electron fuses are flipped in the packaged binary by electron-builder from
 * electron-builder.yml (`electronFuses`); this keeps them set the way the security
 * baseline needs (DESIGN.md, README "Desktop security").
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const CONFIG = readFileSync(join(import.meta.dirname, '../../../electron-builder.yml'), 'utf8');

/** The top-level `key: value` scalars and the `electronFuses:` block of electron-builder.yml. */
function topLevel(key: string): string | undefined {
  return new RegExp(`^${key}:[ \\t]*([^#\\n]*?)[ \\t]*(?:#.*)?$`, 'm').exec(CONFIG)?.[1];
}

function fuses(): Record<string, boolean> {
  const lines = CONFIG.split('\n');
  const start = lines.findIndex((line) => /^electronFuses:\s*(#.*)?$/.test(line));
  if (start < 0) return {};
  const result: Record<string, boolean> = {};
  for (const line of lines.slice(start + 1)) {
    if (/^\s*(#.*)?$/.test(line)) continue;
    if (!/^\s/.test(line)) break; // the next top-level key
    const match = /^\s+([A-Za-z][A-Za-z0-9]*):\s*(true|false)\s*(#.*)?$/.exec(line);
    if (!match) throw new Error(`electronFuses: cannot read "${line.trim()}" (only true/false values are expected)`);
    if (match[1]! in result) throw new Error(`electronFuses: ${match[1]} is set twice`);
    result[match[1]!] = match[2] === 'true';
  }
  return result;
}

describe('electron-builder.yml fuses', () => {
  const set = fuses();
  const REQUIRED: Record<string, boolean> = {
    runAsNode: false, // ELECTRON_RUN_AS_NODE cannot turn the app into a plain Node.js
    enableCookieEncryption: true, // cookies on disk encrypted with the OS keychain
    enableNodeOptionsEnvironmentVariable: false, // NODE_OPTIONS ignored
    enableNodeCliInspectArguments: false, // --inspect and friends ignored
    enableEmbeddedAsarIntegrityValidation: true, // app.asar checked against its hash
    onlyLoadAppFromAsar: true, // no app/ folder next to the asar is loaded instead
    grantFileProtocolExtraPrivileges: false, // file:// gets no more than a browser gives it
  };

  for (const [fuse, value] of Object.entries(REQUIRED)) {
    it(`${fuse}: ${value}`, () => {
      expect(set[fuse], `electronFuses.${fuse} in electron-builder.yml`).toBe(value);
    });
  }

  it('the app is packed in an asar, so the asar fuses apply', () => {
    expect(topLevel('asar')).toBe('true');
  });

  it('only fuses electron-builder knows are listed (FuseOptionsV1: a misspelt fuse would be ignored)', () => {
    const KNOWN = [...Object.keys(REQUIRED), 'loadBrowserProcessSpecificV8Snapshot', 'resetAdHocDarwinSignature'];
    expect(Object.keys(set).filter((name) => !KNOWN.includes(name))).toEqual([]);
  });
});
