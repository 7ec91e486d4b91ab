export {};

/**
 * `npm run bench -- <name> [options]`: runs one benchmark. Each prints progress to stderr
 * and, as its last line on stdout, one JSON object with its figures.
 */
const benches: Record<string, () => Promise<{ run(args: string[]): Promise<Record<string, unknown>> }>> = {
  records: () => import('./records'),
  matching: () => import('./matching'),
  print: () => import('./print'),
  retention: () => import('./retention'),
  sync: () => import('./sync'),
};

const [name, ...args] = process.argv.slice(2);
const load = name ? benches[name] : undefined;
if (!load) {
  console.error(`Usage: npm run bench -- <${Object.keys(benches).join('|')}> [options]`);
  process.exit(2);
}
const figures = await (await load()).run(args);
console.log(JSON.stringify(figures));
