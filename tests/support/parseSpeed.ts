/**
 * Parser speed, measured by hand (not a timed test): `npx tsx tests/support/parseSpeed.ts [--rounds=5] [--skip=x^]`.
 * (a) the 10,000 short textbook expressions of bench/corpus/parse-short.txt, (b) one long sum of products
 * `c*x^k*y^m ± ...` of 100 KB and 1 MB, (c) 100,000-deep nestings (parse and format). math.js's `parse` runs on
 * the same text, in the same rounds, when bench/node_modules has it (it is never installed into the root).
 * Times are CPU time; engines alternate within each round and the median round is reported, so a busy machine
 * slows both alike.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { parse } from '../../src/parse/parse.js';
import { format } from '../../src/ast/print.js';
import { latex } from '../../src/ast/latex.js';
import type { Expr } from '../../src/ast/expr.js';
import { generateParseShort } from '../../bench/corpus/gen-parse-short.js';

const root = new URL('../../', import.meta.url).pathname;
const option = (name: string, fallback: string): string =>
  process.argv.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3) ?? fallback;
const rounds = Number(option('rounds', '5'));
type Parser = (text: string) => unknown;

function loadMathjs(): Parser | undefined {
  const path = `${root}bench/node_modules/mathjs`;
  if (!existsSync(path)) return undefined;
  const math = createRequire(`${root}bench/package.json`)('mathjs') as { parse: Parser };
  return (t) => math.parse(t);
}

const median = (xs: number[]): number => xs.slice().sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
/** CPU milliseconds (user + system) spent in `f`: steadier than wall time on a machine shared with other work. */
function clock(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const { user, system } = process.cpuUsage(t0);
  return (user + system) / 1000;
}

/** A deterministic long sum of products of at least `bytes` characters. */
function longSum(bytes: number): string {
  let seed = bytes;
  const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  const parts: string[] = [];
  let length = 0;
  while (length < bytes) {
    const term = `${1 + Math.floor(rand() * 99)}*x^${1 + Math.floor(rand() * 9)}*y^${1 + Math.floor(rand() * 9)}`;
    const piece = parts.length === 0 ? term : `${rand() < 0.5 ? ' + ' : ' - '}${term}`;
    parts.push(piece);
    length += piece.length;
  }
  return parts.join('');
}

/** Times each engine on `work`, alternating engines within each round; returns median ms per engine. */
function race(engines: [string, Parser][], work: (p: Parser) => void, n: number): Map<string, number> {
  const times = new Map<string, number[]>(engines.map(([name]) => [name, []]));
  for (let r = 0; r < n; r++) for (const [name, p] of engines) times.get(name)!.push(clock(() => work(p)));
  return new Map([...times].map(([name, ts]) => [name, median(ts)]));
}

function report(label: string, result: Map<string, number>, per = 1, unit = 'ms'): void {
  const flux = result.get('fluxion')!;
  const cells = [...result].map(([name, ms]) => `${name} ${(ms / per).toFixed(per > 1 ? 1 : 0)} ${unit}`);
  const mj = result.get('math.js');
  console.log(`${label.padEnd(22)} ${cells.join('   ')}${mj ? `   fluxion/math.js ${(flux / mj).toFixed(2)}×` : ''}`);
}

const engines: [string, Parser][] = [['fluxion', (t) => parse(t)]];
const mathjs = loadMathjs();
if (mathjs) engines.push(['math.js', mathjs]);

const corpus = generateParseShort(); // the lines of bench/corpus/parse-short.txt (written from this generator, not committed)
const all = (p: Parser) => { for (const t of corpus) p(t); };
for (const [, p] of engines) all(p); // warm up: every line must parse
report(`short ×${corpus.length}`, race(engines, all, rounds), corpus.length / 1000, 'µs each');
for (const bytes of [10_000, 100_000, 1_000_000]) {
  const text = longSum(bytes);
  report(`sum ${bytes / 1000} KB`, race(engines, (p) => p(text), bytes >= 1_000_000 ? Math.min(rounds, 3) : rounds));
}
const n = Number(option('depth', '100000'));
const nests: [string, string][] = [
  ['(', `${'('.repeat(n)}x${')'.repeat(n)}`], ['-', `${'-'.repeat(n)}x`], ['sin(', `${'sin('.repeat(n)}x${')'.repeat(n)}`],
  ['x^', `${'x^'.repeat(n)}x`], ['1/(1+', `${'1/(1+'.repeat(n)}x${')'.repeat(n)}`],
];
for (const [label, text] of nests) {
  if (process.argv.includes(`--skip=${label}`)) continue;
  let e: Expr | undefined;
  const ms = clock(() => (e = parse(text)));
  const fm = clock(() => format(e!));
  const lm = clock(() => latex(e!));
  console.log(`${`${label} ×${n}`.padEnd(22)} parse ${ms.toFixed(0)} ms, format ${fm.toFixed(0)} ms, latex ${lm.toFixed(0)} ms`);
}
