/**
 * Growth (issue 4): the 1st to 8th derivative of x^x and of tanh(tanh(tanh(x))), time and printed
 * length per order, each order judged against a central difference of the same engine's previous
 * order; then d/dx of a 10^5-node expression for every engine, and fluxion's whole gradient of it.
 */
import type { Row } from '../lib/job.js';
import { judgeDerivative } from '../lib/numeric.js';
import { readMath } from '../lib/read.js';
import { mulberry32 } from '../lib/random.js';
import { progress, runEngine, translate } from '../lib/runEngine.js';
import { saveRaw, type Suite, type SummaryEntry } from '../lib/summary.js';
import { brief, duration, table, type Cell } from '../lib/table.js';

const ENGINES = ['fluxion', 'math.js', 'nerdamer', 'Algebrite', 'Compute Engine', 'SymPy', 'Maxima'];
const FUNCTIONS = ['x^x', 'tanh(tanh(tanh(x)))'];
const ORDERS = [1, 2, 3, 4, 5, 6, 7, 8];
const TERMS = 12_500; // × 8 nodes per term c*sin(u*v + d) = 10^5 nodes
const VARS = ['x', 'y', 'z', 'u', 'v', 'w', 'p', 'q', 'r', 's'];

const lengthOf = (s: string): number => s.replace(/\s+/g, '').length;

/** Order k is judged against a central difference of the engine's own order k − 1 (order 0 is the input). */
function judgeChain(engine: string, input: string, rows: readonly Row[]): number {
  let previous: ReturnType<typeof readMath> | undefined = readMath(input);
  let wrong = 0;
  for (const [k, r] of rows.entries()) {
    let current: ReturnType<typeof readMath> | undefined;
    try { current = r.out !== undefined ? readMath(r.out, { logIsBase10: engine === 'Compute Engine' }) : undefined; } catch { current = undefined; }
    if (previous && current && judgeDerivative(previous, current, 'x', 50 + k) === 'wrong') wrong++;
    previous = current;
  }
  return wrong;
}

async function orders(): Promise<{ summary: SummaryEntry[]; raw: unknown }> {
  const summary: SummaryEntry[] = [];
  const raw: unknown[] = [];
  for (const f of FUNCTIONS) {
    const timeRows: Cell[][] = [];
    const lengthRows: Cell[][] = [];
    for (const engine of ENGINES) {
      const text = translate(engine, f);
      const rows = await runEngine(engine, 'diff-order', ORDERS.map((order) => ({ text, order })), { timeoutMs: 30_000, stopAfterTimeout: true });
      raw.push({ f, engine, rows });
      const wrong = judgeChain(engine, f, rows);
      const cell = (r: Row): string => (r.us !== undefined ? duration(r.us) : /not available/.test(r.err ?? '') ? 'n/a' : /timeout/.test(r.err ?? '') ? 'timeout' : /skipped/.test(r.err ?? '') ? '–' : 'error');
      timeRows.push([engine, ...rows.map(cell), wrong]);
      lengthRows.push([engine, ...rows.map((r) => (r.out !== undefined ? lengthOf(r.out) : cell(r)))]);
      const eighth = rows[7];
      summary.push({ measure: `growth: 8th derivative of ${f}`, engine,
        cell: eighth?.us !== undefined ? `${duration(eighth.us)} · ${lengthOf(eighth.out ?? '').toLocaleString('en-US')} chars` : cell(eighth ?? { i: 7 }) });
    }
    console.log(table(`growth: k-th derivative of ${f}, time (wrong: orders failing a difference check of the order before)`,
      ['engine', ...ORDERS.map((k) => `k=${k}`), 'wrong'], timeRows));
    console.log(table(`growth: k-th derivative of ${f}, printed length (characters, no spaces)`, ['engine', ...ORDERS.map((k) => `k=${k}`)], lengthRows));
  }
  return { summary, raw };
}

/** Σ c·sin(a·b + d) over random pairs of ten variables, with integer constants (Algebrite prints floats badly). */
function bigExpression(): string {
  const rand = mulberry32(99);
  const pick = (): string => VARS[Math.floor(rand() * VARS.length)] as string;
  return Array.from({ length: TERMS }, () => `${1 + Math.floor(rand() * 9)}*sin(${pick()}*${pick()}+${1 + Math.floor(rand() * 9)})`).join(' + ');
}

async function bigGradient(): Promise<{ summary: SummaryEntry[]; raw: unknown }> {
  const text = bigExpression();
  const results: { engine: string; d: Row; g?: Row }[] = [];
  for (const engine of ENGINES) {
    const [d] = await runEngine(engine, 'diff', [{ text }], { timeoutMs: 60_000 });
    const g = engine === 'fluxion' ? (await runEngine(engine, 'big-gradient', [{ text, vars: VARS }], { timeoutMs: 300_000 }))[0] : undefined;
    results.push({ engine, d: d as Row, ...(g && { g }) });
  }
  const show = (r: Row | undefined): string => (r?.us !== undefined ? duration(r.us) : r?.err ?? '');
  console.log(table(`growth: a 10^5-node expression (${TERMS.toLocaleString('en-US')} terms c*sin(a*b + d), ${VARS.length} variables, ${(text.length / 1000).toFixed(0)} KB)`,
    ['engine', 'd/dx', 'printed length', `gradient (${VARS.length})`, 'compileGradient', 'gradient call'],
    results.map(({ engine, d, g }): Cell[] => [engine,
      d.us === undefined && engine === 'fluxion' && /not available/.test(d.err ?? '') ? 'fluxion: not available yet' : d.us !== undefined ? show(d) : brief(d.err),
      d.out !== undefined ? lengthOf(d.out) : '', g ? show(g).slice(0, 40) : '',
      g?.data?.compileGradientUs !== undefined ? duration(g.data.compileGradientUs as number) : '',
      g?.data?.callUs !== undefined ? duration(g.data.callUs as number) : ''])));
  const summary = results.map(({ engine, d }) => ({ measure: 'growth: d/dx of 10^5 nodes', engine, cell: d.us !== undefined ? duration(d.us) : brief(d.err) }));
  return { summary, raw: results.map((r) => ({ ...r, d: { ...r.d, out: r.d.out?.slice(0, 200) } })) };
}

export const growthSuite: Suite = {
  name: 'growth',
  async run() {
    const a = await orders();
    const b = await bigGradient();
    progress('growth: done');
    saveRaw('growth', { orders: a.raw, big: b.raw });
    return [...a.summary, ...b.summary];
  },
};
