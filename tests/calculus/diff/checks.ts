import type { Expr } from '../../../src/ast/expr.js';
import { equals } from '../../../src/ast/equal.js';
import { at, replaceAt, walk } from '../../../src/ast/path.js';
import { format } from '../../../src/ast/print.js';
import type { RuleSet } from '../../../src/rewrite/ruleset.js';
import type { Derivation, Step } from '../../../src/trace/derivation.js';
import { compileGradient } from '../../../src/numeric/compileGradient.js';
import { close, derivativeAt, evaluate, knownFunction, type Scope } from './evaluate.js';

const CONSTANT_NAMES = new Set(['pi', 'e', 'oo', 'undefined']);

/** The variables of some expressions (symbols other than pi, e, oo, undefined), sorted. */
export function variablesOf(...es: Expr[]): string[] {
  const names = new Set<string>();
  for (const e of es) for (const { node } of walk(e)) if (node.kind === 'sym' && !CONSTANT_NAMES.has(node.name)) names.add(node.name);
  return [...names].sort();
}

const hasUnknownFunction = (e: Expr): boolean => {
  for (const { node } of walk(e)) if (node.kind === 'call' && !knownFunction(node.fn)) return true;
  return false;
};

/** A seeded generator, so failures reproduce. */
export function rng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Points where `ok` holds, values in [-range, range] and, every third try, four times wider. */
export function samplePoints(vars: readonly string[], count: number, ok: (s: Scope) => boolean, seed = 1, range = 2.5): Scope[] {
  const next = rng(seed);
  const out: Scope[] = [];
  for (let tries = 0; out.length < count && tries < count * 40; tries++) {
    const scope: Record<string, number> = {};
    // Mostly near 0, sometimes wider (ln(ln(x)) lives above e).
    const r = tries % 3 === 2 ? 4 * range : range;
    for (const v of vars) scope[v] = Math.round((next() * 2 - 1) * r * 1e4) / 1e4;
    if (ok(scope)) out.push(scope);
  }
  return out;
}

export type Agreement = { ok: boolean; points: number; worst?: { scope: Scope; symbolic: number; difference: number } };

/**
 * Does `df` agree with a central difference of `f` in `x`? Points where f is not smooth enough for the difference
 * to be trusted (two step sizes disagree) or where a value is not finite are skipped; at least `minimum` points
 * must remain, so a check cannot pass by skipping everything.
 */
export function agreesWithFiniteDifference(f: Expr, x: string, df: Expr, opts: { count?: number; minimum?: number; seed?: number; tol?: number } = {}): Agreement {
  const vars = variablesOf(f, df, { kind: 'sym', name: x });
  const fd = (s: Scope, h?: number) => derivativeAt((t) => evaluate(f, { ...s, [x]: t }), s[x]!, 1, h);
  const smooth = (s: Scope) => {
    const a = fd(s);
    const b = fd(s, 3e-4);
    return Number.isFinite(a) && Math.abs(a) < 1e6 && close(a, b, 1e-7) && Number.isFinite(evaluate(df, s));
  };
  const points = samplePoints(vars, opts.count ?? 6, smooth, opts.seed ?? 7);
  let worst: Agreement['worst'];
  let ok = points.length >= (opts.minimum ?? 3);
  for (const s of points) {
    const symbolic = evaluate(df, s);
    const difference = fd(s);
    if (!close(symbolic, difference, opts.tol ?? 1e-6)) {
      ok = false;
      worst ??= { scope: s, symbolic, difference };
    }
  }
  return { ok, points: points.length, ...(worst ? { worst } : {}) };
}

/**
 * Does `df` agree with reverse-mode automatic differentiation of `f` (the numeric module's compiled gradient) at
 * random points where both are finite? An exact oracle: agreement to 1e-9, relative.
 */
export function agreesWithReverseMode(f: Expr, x: string, df: Expr, opts: { count?: number; seed?: number; tol?: number } = {}): Agreement {
  const vars = variablesOf(f, df, { kind: 'sym', name: x });
  const k = vars.indexOf(x);
  const gradient = compileGradient(f, vars);
  const reverse = (s: Scope) => gradient(...vars.map((v) => s[v]!)).gradient[k]!;
  const points = samplePoints(vars, opts.count ?? 6, (s) => Number.isFinite(reverse(s)) && Number.isFinite(evaluate(df, s)) && Math.abs(reverse(s)) < 1e8, opts.seed ?? 3);
  let worst: Agreement['worst'];
  for (const s of points) {
    const symbolic = evaluate(df, s);
    const difference = reverse(s);
    if (!close(symbolic, difference, opts.tol ?? 1e-9)) worst ??= { scope: s, symbolic, difference };
  }
  return { ok: points.length >= 2 && !worst, points: points.length, ...(worst ? { worst } : {}) };
}

/** Problems with a derivation: steps that do not chain, do not replay, or change the value. Empty when all is well. */
export function checkDerivation(d: Derivation, rules: RuleSet, opts: { tol?: number; count?: number } = {}): string[] {
  const problems: string[] = [];
  let previous = d.input;
  d.steps.forEach((s, i) => {
    const where = `step ${i + 1} (${s.rule}: ${format(s.after)})`;
    if (!equals(s.before, previous)) problems.push(`${where} does not start where the last step ended`);
    previous = s.after;
    const replay = replayProblem(s, rules);
    if (replay) problems.push(`${where}: ${replay}`);
    const numeric = valueProblem(s.before, s.after, opts);
    if (numeric) problems.push(`${where}: ${numeric}`);
    for (const sub of s.substeps ?? []) {
      const r = replayProblem(sub, rules);
      if (r) problems.push(`${where}, substep ${sub.rule}: ${r}`);
      if (hasUnknownFunction(sub.before)) continue; // a formula in f(x), g(x): nothing to evaluate
      const v = valueProblem(sub.before, sub.after, opts);
      if (v) problems.push(`${where}, substep ${sub.rule}: ${v}`);
    }
  });
  if (!equals(previous, d.result)) problems.push('the last step does not end at the result');
  return problems;
}

/** Re-applies a step's rule at its path (only rules the given set knows; others are skipped). */
export function replayProblem(s: Step, rules: RuleSet): string | undefined {
  const rule = rules.get(s.rule);
  if (!rule) return s.rule.startsWith('derivative.') ? `unknown rule ${s.rule}` : undefined;
  const node = at(s.before, s.path);
  if (!node) return 'its path leaves the tree';
  const got = rule.apply(node, { assumeGeneric: true });
  if (!got) return 'its rule does not apply on replay';
  if (!equals(replaceAt(s.before, s.path, got.after), s.after)) return `replay gives ${format(replaceAt(s.before, s.path, got.after))}`;
  return undefined;
}

/** before ≈ after at random points where both are finite (at least two such points are required). */
export function valueProblem(before: Expr, after: Expr, opts: { tol?: number; count?: number } = {}): string | undefined {
  const vars = variablesOf(before, after);
  const finite = (s: Scope) => {
    const a = evaluate(before, s);
    const b = evaluate(after, s);
    return Number.isFinite(a) && Number.isFinite(b) && Math.abs(a) < 1e6;
  };
  const points = samplePoints(vars, opts.count ?? 4, finite, 11);
  if (points.length < 2) return hasUnknownFunction(after) || hasUnknownFunction(before) ? undefined : `no points where both sides are finite`;
  for (const s of points) {
    const a = evaluate(before, s);
    const b = evaluate(after, s);
    if (!close(a, b, opts.tol ?? 1e-5)) return `value changes at ${JSON.stringify(s)}: ${a} before, ${b} after`;
  }
  return undefined;
}
