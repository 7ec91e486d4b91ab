/**
 * Bundles Electron's main process and preload into dist/electron. The preload runs in
 * a sandbox, where require() only knows `electron`: everything else must be bundled in.
 */
import { build } from 'esbuild';

const common = { bundle: true, platform: 'node', format: 'cjs', target: 'node20', sourcemap: true, logLevel: 'warning' } as const;

await Promise.all([
  build({ ...common, entryPoints: ['electron/main/main.ts'], outfile: 'dist/electron/main.cjs', external: ['electron', 'better-sqlite3-multiple-ciphers'] }),
  build({ ...common, entryPoints: ['electron/preload/preload.ts'], outfile: 'dist/electron/preload.cjs', external: ['electron'], minify: true }),
]);
process.stdout.write('Built dist/electron/main.cjs and dist/electron/preload.cjs\n');
