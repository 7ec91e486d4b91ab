// Layering is enforced here, as VS Code does, not by hope (see DESIGN.md "Direction of imports").
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';
import layering from './scripts/lint/layering-plugin.js';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** Packages a layer may not use; folders between layers are checked by layering-plugin.js. */
function forbid(...paths) {
  return { 'no-restricted-imports': ['error', { paths }] };
}
const electronPath = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const nodePaths = nodeBuiltins.map((name) => ({ name, message: 'This layer runs without Node: no Node built-ins.' }));
const sqlitePaths = ['better-sqlite3', 'better-sqlite3-multiple-ciphers'].map((name) => ({ name, message: 'Only electron/core talks to SQLite.' }));
export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', '.electron-native/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layering },
    rules: {
      'layering/import-direction': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    languageOptions: { globals: {} },
    rules: {
      ...forbid(electronPath, ...sqlitePaths, ...nodePaths),
      'no-restricted-globals': ['error', ...['window', 'document', 'navigator', 'localStorage', 'sessionStorage', 'process', 'Buffer', 'require'].map((name) => ({ name, message: 'shared/ runs everywhere: no DOM or Node globals.' }))],
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: forbid(electronPath),
  },
  {
    files: ['electron/preload/**/*.ts'],
    rules: forbid(...sqlitePaths),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...forbid(electronPath, ...sqlitePaths, ...nodePaths),
    },
  },
  {
    files: ['server/**/*.ts'],
    rules: forbid(electronPath),
  },
  {
    files: ['scripts/**/*.ts', 'test/**/*.ts', '*.config.{ts,js}'],
    rules: { 'no-console': 'off' },
  },
);
