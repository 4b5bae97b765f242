/**
 * Compiled evaluation (issue 5): every formula of compile.txt compiled by each engine and called over
 * 1,000 points, the engines side by side in one process; time per call against the hand-written
 * JavaScript of the same formula. Then the cost
 * of reverse mode: fluxion's `compileGradient` call ÷ its `compile` call for a linear model's
 * squared-error loss with n = 10, 1,000 and 100,000 weights (hand-written loops for reference), and the
 * symbolic gradient compiled entry by entry against reverse mode.
 */
import { readCorpus } from '../lib/corpus.js';
import { nodeWorker, runJob, type Row } from '../lib/job.js';
import type { CompileResult } from '../tasks/compile.js';
import { median } from '../lib/measure.js';
import { evaluateTree, samplePoints } from '../lib/numeric.js';
import { readMath } from '../lib/read.js';
import { progress, runEngine, translate } from '../lib/runEngine.js';
import { saveRaw, type Suite, type SummaryEntry } from '../lib/summary.js';
import { duration, ratio, table, type Cell } from '../lib/table.js';
import { symbols } from '../lib/tree.js';

// Hand-written JavaScript first: it is the yardstick of every ratio.
const ENGINES = ['hand-written JS', 'fluxion', 'nerdamer', 'Compute Engine', 'math.js'];
const SIZES = [10, 1_000, 100_000];

interface Formula { text: string; js: string; vars: string[]; points: Record<string, number>[]; want: number[] }

function formulas(): Formula[] {
  return readCorpus('compile.txt').map((line, i) => {
    const [text = '', js = ''] = line.split(';;').map((s) => s.trim());
    const tree = readMath(text);
    const points = samplePoints(tree, 3, 100 + i);
    return { text, js, vars: symbols(tree), points, want: points.map((p) => evaluateTree(tree, p)) };
  });
}

const agrees = (got: unknown, want: readonly number[]): boolean => Array.isArray(got) && want.every((w, j) => {
  const g = got[j] as number;
  return Math.abs(g - w) <= 1e-9 * Math.max(1, Math.abs(w));
});

async function evaluation(fs: readonly Formula[]): Promise<{ summary: SummaryEntry[]; raw: unknown }> {
  const items = fs.map((f) => ({
    vars: f.vars, points: f.points,
    texts: Object.fromEntries(ENGINES.map((e) => [e, e === 'hand-written JS' ? f.js : translate(e, f.text)])),
  }));
  progress(`compile: ${ENGINES.join(', ')} side by side (${fs.length} formulas)`);
  const rows = await runJob({ engine: 'compile', task: 'compile', items, options: { engines: ENGINES } }, nodeWorker, 300_000);
  // One row per formula holds every engine's result; split it into one Row list per engine.
  const results = ENGINES.map((engine) => ({
    engine,
    rows: rows.map((r): Row => {
      if (r.err !== undefined) return { i: r.i, err: r.err };
      const all = JSON.parse(r.data?.results as string) as Record<string, CompileResult>;
      const res = all[engine] ?? { err: 'no result' };
      return 'err' in res ? { i: r.i, err: res.err } : { i: r.i, us: res.us, data: { compileUs: res.compileUs, values: res.values } };
    }),
  }));
  const hand = results[0]?.rows ?? [];
  const flux = results.find((r) => r.engine === 'fluxion')?.rows ?? [];
  const perItemRatio = (rows: readonly Row[], base: readonly Row[]): number[] =>
    rows.flatMap((r, i) => (r.us !== undefined && base[i]?.us !== undefined ? [r.us / (base[i]?.us as number)] : []));
  const stats = results.map(({ engine, rows }) => {
    const ok = rows.filter((r) => r.us !== undefined);
    const vsHand = perItemRatio(rows, hand);
    return {
      engine, ok: ok.length,
      ns: ok.length ? median(ok.map((r) => (r.us as number) * 1000)) : undefined,
      vsHand: vsHand.length ? median(vsHand) : undefined, worst: vsHand.length ? Math.max(...vsHand) : undefined,
      vsFlux: median(perItemRatio(rows, flux)),
      compileUs: ok.length ? median(ok.map((r) => r.data?.compileUs as number)) : undefined,
      wrong: rows.filter((r, i) => r.us !== undefined && !agrees(r.data?.values, fs[i]?.want ?? [])).length,
      err: rows.find((r) => r.err !== undefined)?.err,
    };
  });
  console.log(table(`compile (a): ${fs.length} formulas (corpus/compile.txt), called in a loop over 1,000 points; ratios are medians of per-formula ratios`,
    ['engine', 'compiled', 'median per call', '÷ hand JS', 'worst ÷ hand JS', '÷ fluxion', 'compile time', 'wrong values', 'first error'],
    stats.map((s): Cell[] => s.ok === 0
      ? [s.engine, s.engine === 'fluxion' && /not available/.test(s.err ?? '') ? 'fluxion: not available yet' : s.err ?? 'none']
      : [s.engine, `${s.ok}/${fs.length}`, s.ns !== undefined ? `${s.ns.toFixed(1)} ns` : '', s.vsHand !== undefined ? `${s.vsHand.toFixed(2)}×` : '',
         s.worst !== undefined ? `${s.worst.toFixed(2)}×` : '', Number.isFinite(s.vsFlux) ? `${s.vsFlux.toFixed(2)}×` : '',
         duration(s.compileUs), s.wrong, s.err?.slice(0, 50)])));
  console.log(table('compile (a), per formula: ns per call of hand-written JS, others as ÷ hand JS',
    ['formula', ...ENGINES],
    fs.map((f, i): Cell[] => [f.text.length > 44 ? `${f.text.slice(0, 43)}…` : f.text,
      ...results.map(({ rows }, j) => {
        const r = rows[i];
        if (r?.us === undefined) return /not available/.test(r?.err ?? '') ? 'n/a' : 'error';
        return j === 0 ? `${(r.us * 1000).toFixed(1)} ns` : ratio(r.us, hand[i]?.us);
      })])));
  const summary = stats.map((s) => ({
    measure: 'compile: per call ÷ hand-written JS', engine: s.engine,
    cell: s.vsHand === undefined ? (s.engine === 'fluxion' ? 'not available yet' : 'n/a') : `${s.vsHand.toFixed(2)}× · ${s.wrong} wrong`,
  }));
  return { summary, raw: results };
}

async function gradientCost(): Promise<{ summary: SummaryEntry[]; raw: unknown }> {
  const items = SIZES.map((n) => ({ n }));
  const results = [
    { engine: 'fluxion', rows: await runEngine('fluxion', 'gradient-cost', items, { timeoutMs: 300_000 }) },
    { engine: 'hand-written JS', rows: await runEngine('hand-written JS', 'gradient-cost', items) },
  ];
  const rows: Cell[][] = [];
  for (const { engine, rows: rs } of results) {
    rs.forEach((r, i) => {
      const d = r.data ?? {};
      const n = SIZES[i]?.toLocaleString('en-US');
      if (r.us === undefined) { rows.push([`${n}`, engine, /not available/.test(r.err ?? '') && engine === 'fluxion' ? 'fluxion: not available yet' : r.err]); return; }
      const ev = d.evalUs as number;
      const gr = d.gradUs as number;
      rows.push([`${n}`, engine, duration(ev), duration(gr), `${(gr / ev).toFixed(2)}`,
        d.symbolicUs !== undefined ? `${((d.symbolicUs as number) / gr).toFixed(1)}×` : ((d.symbolicErr as string | undefined) ?? '').slice(0, 30),
        duration(d.compileUs as number | undefined), duration(d.compileGradientUs as number | undefined),
        d.maxErr !== undefined ? (d.maxErr as number).toExponential(1) : '']);
    });
  }
  console.log(table('compile (b): linear model (Σ cᵢwᵢ + b − y)², n weights: one value-and-gradient call ÷ one value call (bar: ≤ 4)',
    ['n', 'engine', 'value call', 'gradient call', 'gradient ÷ value', 'symbolic ÷ reverse', 'compile', 'compileGradient', 'max rel error'], rows));
  const flux = results[0]?.rows ?? [];
  const summary = SIZES.map((n, i) => {
    const d = flux[i]?.data;
    return { measure: `compile: gradient ÷ value, n = ${n.toLocaleString('en-US')}`, engine: 'fluxion',
      cell: d ? `${((d.gradUs as number) / (d.evalUs as number)).toFixed(2)}` : 'not available yet' };
  });
  return { summary, raw: results };
}

export const compileSuite: Suite = {
  name: 'compile',
  async run() {
    const a = await evaluation(formulas());
    const b = await gradientCost();
    progress('compile: done');
    saveRaw('compile', { evaluation: a.raw, gradient: b.raw });
    return [...a.summary, ...b.summary];
  },
};
