/**
 * Compiled evaluation: every engine of the job compiles the same formula (compile time is measured
 * per engine), then each closure is called in a loop over 1,000 prepared points with the engine's own
 * calling convention (positional numbers or a reused scope object). The engines run in one process and
 * their batches alternate (lib/measure.ts `interleave`): nanosecond-scale ratios measured minutes apart
 * on a shared machine are noise, measured side by side they are not. Each loop is generated per engine
 * and formula, so no engine's call site is shared with another's.
 */
import type { Compiled, Engine } from '../engines/engine.js';
import { interleave, measure } from '../lib/measure.js';
import { mulberry32 } from '../lib/random.js';
import { emit, errorText } from './emit.js';

export interface CompileItem {
  /** The formula in each engine's syntax (the hand-written JavaScript for that engine). */
  readonly texts: Readonly<Record<string, string>>;
  readonly vars: readonly string[];
  /** Where the values are reported, for the parent to judge. */
  readonly points: readonly Readonly<Record<string, number>>[];
}

/** Per engine: time per call, compile time and values at the points, or why there are none. */
export type CompileResult = { us: number; compileUs: number; values: number[] } | { err: string };

const N = 1_000;
type Loop = (f: unknown, cols: readonly Float64Array[], n: number) => number;

/**
 * The comment makes every loop's source unique: V8 caches `new Function` by source text, and loops
 * sharing one compiled script would share type feedback, turning the call `f(...)` megamorphic after a
 * few formulas and slowing every later one.
 */
function makeLoop(c: Compiled, vars: readonly string[], id: string): Loop {
  const cols = vars.map((_, j) => `c${j}`);
  const head = `const [${cols.join(', ')}] = cols; let s = 0;`;
  const body = c.call === 'positional'
    ? `for (let i = 0; i < n; i++) s += f(${cols.map((c) => `${c}[i]`).join(', ')});`
    : `const scope = {}; for (let i = 0; i < n; i++) { ${vars.map((v, j) => `scope[${JSON.stringify(v)}] = c${j}[i];`).join(' ')} s += f(scope); }`;
  return new Function('f', 'cols', 'n', `/* loop ${id} */ ${head} ${body} return s;`) as Loop;
}

function call(c: Compiled, vars: readonly string[], p: Readonly<Record<string, number>>): number {
  return c.call === 'positional' ? c.f(...vars.map((v) => p[v] as number)) : c.f({ ...p });
}

export function runCompile(engines: readonly Engine[], items: readonly CompileItem[], start: number): void {
  for (let i = start; i < items.length; i++) {
    const { texts, vars, points } = items[i] as CompileItem;
    const rand = mulberry32(1000 + i);
    const cols = vars.map((v) => Float64Array.from({ length: N }, () => (v === 'x' ? 0.2 + 0.7 * rand() : 0.5 + rand())));
    const results: Record<string, CompileResult> = {};
    const timed: { name: string; op: () => unknown; compileUs: number; values: number[] }[] = [];
    for (const engine of engines) {
      try {
        const make = engine.compile;
        if (!make) throw new Error('not available');
        const text = texts[engine.name] as string;
        const compiled = measure(() => make(text, vars), { batches: 3, batchMs: 1, warmMs: 0 });
        const c = compiled.result;
        const loop = makeLoop(c, vars, `${engine.name} ${i}`);
        timed.push({ name: engine.name, op: () => loop(c.f, cols, N), compileUs: compiled.timing.us, values: points.map((p) => call(c, vars, p)) });
      } catch (e) {
        results[engine.name] = { err: errorText(e) };
      }
    }
    const us = interleave(timed.map((t) => t.op));
    timed.forEach((t, j) => { results[t.name] = { us: (us[j] as number) / N, compileUs: t.compileUs, values: t.values }; });
    emit({ i, data: { results: JSON.stringify(results) } });
  }
}
