import type { Expr } from '../ast/expr.js';
import { CONSTANTS } from '../ast/expr.js';
import { FluxionError } from '../errors.js';
import { callable } from './callable.js';
import { domainReport } from './domain.js';
import { forward } from './forward.js';
import { gradientProgram } from './gradientProgram.js';
import { runProgram } from './interpret.js';
import { lower } from './lower.js';
import { PRIMITIVES, type PrimitiveTable } from './primitives.js';
import { seededRandom } from './random.js';
import { reverse } from './reverse.js';
import { ridders } from './ridders.js';
import { toExpr, varList } from './toExpr.js';
import { memoFold } from '../ast/memoFold.js';

export type CheckOptions = {
  /** The symbolic differentiator to check (e.g. fluxion's `diff`); without it only the numeric oracles are compared. */
  readonly symbolic?: (e: Expr, x: string) => Expr;
  /** How many points to check (default 12). */
  readonly points?: number;
  /** Explicit points (by variable name) instead of sampled ones. */
  readonly at?: readonly Readonly<Record<string, number>>[];
  /** Seed of the sampler (default 1): the same seed checks the same points. */
  readonly seed?: number;
  /** Sample every variable uniformly from this interval instead of the default mixture of scales. */
  readonly range?: readonly [number, number];
  /** Allowed relative disagreement between the exact oracles (forward, reverse, compiled, symbolic); default 1e-8. */
  readonly tolerance?: number;
  /** Allowed relative disagreement with the finite difference, on top of its own error estimate; default 1e-6. */
  readonly differenceTolerance?: number;
  /** Sampled points keep at least this distance from poles, kinks and branch points (default 0.05). */
  readonly margin?: number;
  /** Another primitives table: how a test plants a wrong derivative to prove the check can fail. */
  readonly primitives?: PrimitiveTable;
};

/** The four numbers at one point for one variable (plus the compiled reverse-mode gradient). */
export type Comparison = {
  readonly point: Readonly<Record<string, number>>;
  readonly variable: string;
  /** The symbolic derivative's value, when a differentiator was given. */
  readonly symbolic: number | undefined;
  readonly forward: number;
  /** Reverse mode on the tape (interpreted). */
  readonly reverse: number;
  /** Reverse mode as generated code (compileGradient). */
  readonly compiled: number;
  /** Central difference, Richardson-refined, and its own error estimate. */
  readonly difference: number;
  readonly differenceError: number;
  /** Disagreement relative to what is allowed: at most 1 means agreement. */
  readonly score: number;
};

export type Agreement = {
  readonly ok: boolean;
  /** Number of (point, variable) pairs compared. */
  readonly checked: number;
  /**
   * Pairs where the finite difference could not resolve the derivative (its own error estimate above 1e-4 of
   * the derivative's size, e.g. values huge next to their changes); there only the exact oracles were compared.
   */
  readonly unresolved: number;
  /** The pair with the largest disagreement, all numbers shown. */
  readonly worst: Comparison | undefined;
  /** Why nothing could be checked, when ok is false without a worst disagreement. */
  readonly reason?: string;
};

const rel = (a: number, b: number): number =>
  a === b ? 0 : Number.isNaN(a) || Number.isNaN(b) ? Infinity : Math.abs(a - b) / Math.max(1, Math.abs(a), Math.abs(b));

/**
 * Checks a derivative four ways at points inside the domain: the symbolic derivative (when given), forward mode
 * (dual numbers), reverse mode (tape, and the compiled gradient), and a Richardson-refined central difference
 * with a step chosen per point. Variables other than `vars` (parameters) are sampled too. Reports the worst
 * (point, variable) pair with all the numbers.
 * Example: checkDerivative('sin(x) * x', 'x').ok is true.
 */
export function checkDerivative(e: Expr | string, vars: string | readonly string[], options: CheckOptions = {}): Agreement {
  const tree = toExpr(e);
  const wrt = varList(vars);
  const table = options.primitives ?? PRIMITIVES;
  const names = [...wrt, ...freeSymbols(tree).filter((s) => !wrt.includes(s))];
  const program = lower(tree, names, table);
  const value = callable(program, 'value', true);
  const gradient = callable(gradientProgram(program, table), 'gradient', true);
  const symbolic = options.symbolic
    ? wrt.map((x) => callable(lower(options.symbolic!(tree, x), names, table), 'value', true))
    : undefined;
  const tolerance = options.tolerance ?? 1e-8;
  const differenceTolerance = options.differenceTolerance ?? 1e-6;
  const points = options.at
    ? options.at.map((pt) => names.map((n) => {
        const v = pt[n];
        if (v === undefined) throw new FluxionError(`checkDerivative: the point has no value for ${JSON.stringify(n)}`);
        return v;
      }))
    : samplePoints(program, names.length, options);
  if (points.length === 0) return { ok: false, checked: 0, unresolved: 0, worst: undefined, reason: 'no point inside the domain was found' };
  let worst: Comparison | undefined;
  let checked = 0;
  let unresolved = 0;
  for (const xs of points) {
    const tape = reverse(program, xs, table);
    const compiled = gradient.array(xs).gradient;
    wrt.forEach((variable, k) => {
      const direction = new Float64Array(names.length);
      direction[k] = 1;
      const dual = forward(program, xs, direction, table);
      const fwd = dual.tangents[program.outputs[0]!]!;
      const reach = domainReport(program, dual.values, dual.tangents).reach;
      const x = xs[k]!;
      const step = Math.min(0.1 * Math.max(1, Math.abs(x)), 0.25 * reach);
      const moved = xs.slice();
      const fd = step > 1e-9
        ? ridders((t) => {
            moved[k] = t;
            return value.array(moved);
          }, x, step)
        : { value: NaN, error: Infinity };
      const sym = symbolic ? symbolic[k]!.array(xs) : undefined;
      const exact = [fwd, tape.gradient[k]!, compiled[k]!, ...(sym === undefined ? [] : [sym])];
      let score = 0;
      for (let i = 0; i < exact.length; i++) for (let j = i + 1; j < exact.length; j++) score = Math.max(score, rel(exact[i]!, exact[j]!) / tolerance);
      // A difference quotient that cannot resolve the derivative here (its own error estimate is large) proves nothing.
      const scale = Math.max(1, Math.abs(fwd));
      if (Number.isFinite(fd.error) && fd.error / scale < 1e-4) {
        score = Math.max(score, rel(fd.value, fwd) / (differenceTolerance + (4 * fd.error) / scale));
      } else {
        unresolved++;
      }
      checked++;
      const comparison: Comparison = {
        point: Object.fromEntries(names.map((n, i) => [n, xs[i]!])),
        variable,
        symbolic: sym,
        forward: fwd,
        reverse: tape.gradient[k]!,
        compiled: compiled[k]!,
        difference: fd.value,
        differenceError: fd.error,
        score: Number.isNaN(score) ? Infinity : score,
      };
      if (!worst || comparison.score > worst.score) worst = comparison;
    });
  }
  return { ok: worst !== undefined && worst.score <= 1, checked, unresolved, worst };
}

/** Free symbols of a tree, constants (pi, e, oo, undefined) excluded, sorted. */
function freeSymbols(e: Expr): string[] {
  const found = new Set<string>();
  memoFold<null>(e, (node) => {
    if (node.kind === 'sym' && !(CONSTANTS as readonly string[]).includes(node.name)) found.add(node.name);
    return null;
  });
  return [...found].sort();
}

/**
 * Random points where every operation is at least `margin` from a pole, kink or branch point and every value is
 * finite. Each coordinate mixes scales (|x| up to 0.5, 1.5 or 4) unless a range is given.
 */
function samplePoints(program: ReturnType<typeof lower>, dimension: number, options: CheckOptions): number[][] {
  const wanted = options.points ?? 12;
  const margin = options.margin ?? 0.05;
  const random = seededRandom(options.seed ?? 1);
  const draw = (): number => {
    if (options.range) return options.range[0] + (options.range[1] - options.range[0]) * random();
    const scale = [0.5, 1.5, 4][Math.floor(random() * 3)]!;
    return scale * (2 * random() - 1);
  };
  const out: number[][] = [];
  for (let attempt = 0; attempt < wanted * 200 && out.length < wanted; attempt++) {
    const xs = Array.from({ length: dimension }, draw);
    // domainReport also rejects points where any value is not finite.
    if (domainReport(program, runProgram(program, xs)).distance >= margin) out.push(xs);
  }
  return out;
}
