import { ESLint } from 'eslint';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../../..');
const eslint = new ESLint({ cwd: root });

async function layeringErrors(file: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, file) });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'layering/import-direction').map((m) => m.message);
}

describe('layering rules', () => {
  it('fails a file in electron/core that imports electron', async () => {
    const errors = await layeringErrors('electron/core/records/bad.ts', "import { app } from 'electron';\nexport const x = app;\n");
    expect(errors.join('\n')).toMatch(/Only electron\/main and electron\/preload may import electron/);
  });

  it('fails electron/core importing from electron/main', async () => {
    const errors = await layeringErrors('electron/core/bad.ts', "import { isAppUrl } from '../main/app-origin';\nexport const x = isAppUrl;\n");
    expect(errors.length).toBe(1);
  });

  it('fails shared/ importing Node or electron', async () => {
    expect(await layeringErrors('shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const x = readFileSync;\n")).toHaveLength(1);
    expect(await layeringErrors('shared/domain/bad.ts', "import { join } from 'path';\nexport const x = join;\n")).toHaveLength(1);
    expect(await layeringErrors('shared/bad.ts', "import { ipcRenderer } from 'electron';\nexport const x = ipcRenderer;\n")).toHaveLength(1);
  });

  it('fails shared/ using DOM or Node globals', async () => {
    const [result] = await eslint.lintText('export const w = window.innerWidth + process.pid;\n', { filePath: resolve(root, 'shared/domain/bad.ts') });
    expect(result?.messages.filter((m) => m.ruleId === 'no-restricted-globals')).toHaveLength(2);
  });

  it('fails the renderer importing Node, better-sqlite3 or the engine', async () => {
    expect(await layeringErrors('renderer/src/bad.ts', "import fs from 'fs';\nexport const x = fs;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/src/bad.ts', "import Database from 'better-sqlite3';\nexport const x = Database;\n")).toHaveLength(1);
    expect(await layeringErrors('renderer/src/features/bad.ts', "import { dispatch } from '../../../electron/core/dispatch';\nexport const x = dispatch;\n")).toHaveLength(1);
  });

  it('allows what the layout allows', async () => {
    expect(await layeringErrors('electron/core/ok.ts', "import { contract } from '../../shared/api';\nimport { join } from 'node:path';\nexport const x = [contract, join];\n")).toEqual([]);
    expect(await layeringErrors('electron/main/ok.ts', "import { app } from 'electron';\nimport { dispatch } from '../core/dispatch';\nexport const x = [app, dispatch];\n")).toEqual([]);
    expect(await layeringErrors('renderer/src/ok.ts', "import { contract } from '../../shared/api';\nexport const x = contract;\n")).toEqual([]);
  });
});
