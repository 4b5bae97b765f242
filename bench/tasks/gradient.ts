/**
 * Reverse-mode cost (issue 5): for a linear model's squared-error loss with n weights, the time of one
 * value-and-gradient call divided by the time of one value call, for fluxion's `compile` and
 * `compileGradient` and for hand-written loops. Also the symbolic gradient compiled with the value as one program,
 * common subexpressions shared (`compileSymbolicGradient`), against reverse mode, and the gradient of a 10^5-node
 * expression.
 */
import type { Engine } from '../engines/engine.js';
import type { FluxionApi } from '../engines/fluxion.js';
import { interleave, measure } from '../lib/measure.js';
import { mulberry32 } from '../lib/random.js';
import { emit, errorText } from './emit.js';

/**
 * Generated functions of thousands of statements reach V8's optimising tier late, and later still on a busy
 * machine (the optimiser runs on a background thread): measured in 100 ms windows, the value call for
 * n = 1,000 took 60-300 µs for about a second, then 2 µs. Three seconds of warm-up per function and longer
 * batches time the steady state, which is what a training loop sees.
 */
const SLOW_TIERING = { warmMs: 3000, batchMs: 50, batches: 9 };

/** Data baked into the loss as numbers: (Σ cᵢ·wᵢ + b − y)², the weights wᵢ and b are the variables. */
export function linearLoss(n: number): { text: string; vars: string[]; c: Float64Array; y: number } {
  const rand = mulberry32(n);
  const c = Float64Array.from({ length: n }, () => Math.round(100 * (0.1 + rand())) / 100);
  const y = 0.5;
  const terms = Array.from(c, (ci, i) => `${ci}*w_${i + 1}`);
  return { text: `(${terms.join(' + ')} + b - ${y})^2`, vars: [...Array.from(c, (_, i) => `w_${i + 1}`), 'b'], c, y };
}

function handWritten(n: number): Record<string, number | string> {
  const { c, y } = linearLoss(n);
  const w = Float64Array.from({ length: n }, (_, i) => Math.sin(i));
  const b = 0.25;
  const loss = (): number => { let s = b - y; for (let i = 0; i < n; i++) s += (c[i] as number) * (w[i] as number); return s * s; };
  const grad = new Float64Array(n + 1);
  const gradient = (): number => {
    let s = b - y;
    for (let i = 0; i < n; i++) s += (c[i] as number) * (w[i] as number);
    for (let i = 0; i < n; i++) grad[i] = 2 * s * (c[i] as number);
    grad[n] = 2 * s;
    return s * s;
  };
  const [evalUs = NaN, gradUs = NaN] = interleave([loss, gradient], SLOW_TIERING);
  return { evalUs, gradUs };
}

/** fluxion is loaded only when asked for: the hand-written rows must not depend on the working tree loading. */
async function fluxionApi(): Promise<Partial<FluxionApi>> {
  return (await import('../engines/fluxion.js')).api;
}

function fluxionCost(api: Partial<FluxionApi>, n: number): Record<string, number | string> {
  const { compile, compileGradient, gradient } = api;
  if (!compile || !compileGradient) throw new Error('not available');
  const { text, vars, c, y } = linearLoss(n);
  const args = vars.map((_, i) => (i < n ? Math.sin(i) : 0.25));
  const built = measure(() => compile(text, vars), { batches: 1, singleMs: 20 });
  const f = built.result;
  const builtGrad = measure(() => compileGradient(text, vars), { batches: 1, singleMs: 20 });
  const g = builtGrad.result;
  // The array entry points exist for many variables (10^5 arguments is past what a spread call takes);
  // value and gradient are called the same way, so the ratio compares like with like.
  const value = f.array && g.array ? f.array : (xs: number[]) => f.apply(null, xs);
  const valueAndGradient = f.array && g.array ? g.array : (xs: number[]) => g.apply(null, xs);
  // The gradient call is timed as the hand-written one works: writing into a buffer the caller reuses (`into`).
  // `array` also allocates a fresh array of n + 1 numbers per call, which at n = 10^5 (800 KB, fresh pages every
  // call) costs milliseconds on its own and measures the allocator, not reverse mode; it is reported beside it.
  const buffer = new Float64Array(n + 1);
  // `into` is not in the bench's FluxionApi type (it lists what every fluxion version had); it is read if present.
  const write = (g as { into?: (xs: ArrayLike<number>, gradient: Float64Array) => number }).into;
  const into = write ? (xs: number[]) => write(xs, buffer) : undefined;
  const ops = into ? [() => value(args), () => into(args), () => valueAndGradient(args)] : [() => value(args), () => valueAndGradient(args)];
  const times = interleave(ops, SLOW_TIERING);
  const evalUs = times[0] ?? NaN;
  const gradUs = times[1] ?? NaN;
  const arrayUs = into ? times[2] ?? NaN : gradUs;
  // The exact gradient is 2·r·cᵢ (and 2·r for b): the ratio means nothing if the answer is wrong.
  let r = (args[n] as number) - y;
  for (let i = 0; i < n; i++) r += (c[i] as number) * (args[i] as number);
  const { gradient: got } = valueAndGradient(args);
  let maxErr = 0;
  for (let i = 0; i <= n; i++) {
    const want = 2 * r * (i < n ? (c[i] as number) : 1);
    maxErr = Math.max(maxErr, Math.abs((got[i] ?? NaN) - want) / Math.max(1, Math.abs(want)));
  }
  const out: Record<string, number | string> = { evalUs, gradUs, arrayUs, maxErr, compileUs: built.timing.us, compileGradientUs: builtGrad.timing.us };
  if (gradient && n <= 1000) {
    // A failure here must not hide the reverse-mode numbers above: it is reported beside them.
    try {
      // The symbolic gradient compiled as one program with the value (common subexpressions shared across entries,
      // compileSymbolicGradient) when this fluxion has it; else entry by entry, as earlier versions could.
      const together = (api as { compileSymbolicGradient?: (t: string, v: readonly string[]) => { into?: (xs: ArrayLike<number>, g: Float64Array) => number } }).compileSymbolicGradient;
      const symbolicInto = together?.(text, vars).into;
      const out2 = new Float64Array(n + 1);
      if (symbolicInto) out.symbolicUs = measure(() => symbolicInto(args, out2)).timing.us;
      else {
        const partials = gradient(text, vars).map((e) => compile(e, vars));
        out.symbolicUs = measure(() => { let s = 0; for (const p of partials) s += p.array ? p.array(args) : p.apply(null, args); return s; }).timing.us;
      }
    } catch (e) {
      out.symbolicErr = errorText(e);
    }
  }
  return out;
}

export async function runGradientCost(engine: Engine, items: readonly { n: number }[], start: number): Promise<void> {
  const api = engine.name === 'fluxion' ? await fluxionApi() : undefined;
  for (let i = start; i < items.length; i++) {
    const { n } = items[i] as { n: number };
    try {
      const data = api ? fluxionCost(api, n) : handWritten(n);
      emit({ i, us: data.gradUs as number, data });
    } catch (e) {
      emit({ i, err: errorText(e) });
    }
  }
}

/** fluxion's gradient of a big expression (all variables), then reverse-mode code for it. */
export async function runBigGradient(engine: Engine, items: readonly { text: string; vars: string[] }[], start: number): Promise<void> {
  const api = engine.name === 'fluxion' ? await fluxionApi() : {};
  for (let i = start; i < items.length; i++) {
    const { text, vars } = items[i] as { text: string; vars: string[] };
    try {
      const { gradient, compileGradient } = api;
      if (!gradient) throw new Error('not available');
      const t = measure(() => gradient(text, vars), { batches: 1, singleMs: 10 });
      const data: Record<string, number> = { entries: t.result.length };
      if (compileGradient) {
        const g = measure(() => compileGradient(text, vars), { batches: 1, singleMs: 10 });
        data.compileGradientUs = g.timing.us;
        const args = vars.map((_, j) => 0.3 + 0.05 * j);
        data.callUs = measure(() => g.result(...args)).timing.us;
      }
      emit({ i, us: t.timing.us, data });
    } catch (e) {
      emit({ i, err: errorText(e) });
    }
  }
}
