/**
 * `npm run bench` (all suites) or `npm run bench -- parse diff` (some): fluxion side by side with its
 * peers in one run. Each suite prints its tables; a summary of ratios to fluxion closes the run.
 * Machine-readable rows of the last run are in bench/results/.
 */
import { cpus } from 'node:os';
import { ENGINES } from './engines/engine.js';
import { compileSuite } from './suites/compile.js';
import { diffSuite } from './suites/diff.js';
import { growthSuite } from './suites/growth.js';
import { parseSuite } from './suites/parse.js';
import { simplifySuite } from './suites/simplify.js';
import { selfCheck } from './lib/selfcheck.js';
import type { Suite, SummaryEntry } from './lib/summary.js';
import { table } from './lib/table.js';

const SUITES: readonly Suite[] = [parseSuite, simplifySuite, diffSuite, compileSuite, growthSuite];

const wanted = process.argv.slice(2).filter((a) => !a.startsWith('-'));
const unknown = wanted.filter((w) => !SUITES.some((s) => s.name === w));
if (unknown.length) {
  console.error(`unknown suite ${unknown.join(', ')}; choose from ${SUITES.map((s) => s.name).join(', ')}`);
  process.exit(2);
}
const chosen = wanted.length ? SUITES.filter((s) => wanted.includes(s.name)) : SUITES;

// The judge is checked before anything is judged: a broken judge would misreport every engine.
const problems = selfCheck();
if (problems.length) {
  console.error(`The bench's own judge failed its self-check:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

console.log(`fluxion bench — ${new Date().toISOString()} — node ${process.version}, ${cpus().length} cores (${cpus()[0]?.model ?? 'cpu'})`);
console.log('Times are medians; "÷ fluxion" is the engine\'s time divided by fluxion\'s (above 1: fluxion is faster).');

const entries: SummaryEntry[] = [];
for (const suite of chosen) {
  const started = performance.now();
  try {
    entries.push(...(await suite.run()));
  } catch (e) {
    // A broken suite must not take the others down with it.
    console.log(`\n${suite.name}: the suite itself failed: ${e instanceof Error ? e.stack ?? e.message : String(e)}`);
  }
  process.stderr.write(`  … ${suite.name} took ${((performance.now() - started) / 1000).toFixed(0)} s\n`);
}

const measures = [...new Set(entries.map((e) => e.measure))];
// Columns in the order of engines/engine.ts (fluxion first), whatever order the suites reported in.
const engines = ENGINES.map((e) => e.name).filter((name) => entries.some((e) => e.engine === name));
console.log(table('Summary — fluxion: its own time; peers: their time ÷ fluxion\'s', ['measure', ...engines],
  measures.map((m) => [m, ...engines.map((e) => entries.find((x) => x.measure === m && x.engine === e)?.cell ?? '')])));
