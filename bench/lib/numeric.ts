/**
 * Floating-point evaluation of a Tree and the numeric judges: a derivative against a Richardson-refined
 * central difference of the input, and two expressions against each other. This is the bench's
 * independent oracle: it shares nothing with fluxion or the peers.
 */
import { CONSTANTS, symbols, type Tree } from './tree.js';
import { mulberry32 } from './random.js';

type F = (...a: number[]) => number;
const sigmoid = (u: number): number => 1 / (1 + Math.exp(-u));
const FUNCS: Readonly<Record<string, F>> = {
  '+': (a, b) => a + b, '-': (a, b) => a - b, '*': (a, b) => a * b, '/': (a, b) => a / b,
  '^': (a, b) => Math.pow(a, b), neg: (a) => -a,
  sin: Math.sin, cos: Math.cos, tan: Math.tan, sec: (u) => 1 / Math.cos(u), csc: (u) => 1 / Math.sin(u),
  cot: (u) => 1 / Math.tan(u), asin: Math.asin, acos: Math.acos, atan: Math.atan,
  asec: (u) => Math.acos(1 / u), acsc: (u) => Math.asin(1 / u), acot: (u) => Math.atan(1 / u),
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, sech: (u) => 1 / Math.cosh(u),
  csch: (u) => 1 / Math.sinh(u), coth: (u) => 1 / Math.tanh(u),
  asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  exp: Math.exp, log: Math.log, log2: Math.log2, log10: Math.log10, logb: (u, b) => Math.log(u) / Math.log(b),
  sqrt: Math.sqrt, cbrt: Math.cbrt, abs: Math.abs, sign: Math.sign,
  sigmoid, softplus: (u) => Math.log1p(Math.exp(u)), relu: (u) => Math.max(0, u),
};

/** Evaluates `t` with `scope` giving every free symbol. Throws on an unknown function or symbol. */
export function evaluateTree(t: Tree, scope: Readonly<Record<string, number>>): number {
  switch (t.k) {
    case 'num': return t.v;
    case 'sym': {
      const v = scope[t.name] ?? CONSTANTS[t.name];
      if (v === undefined) throw new Error(`unbound symbol ${t.name}`);
      return v;
    }
    case 'fn': {
      const f = FUNCS[t.f];
      if (!f) throw new Error(`unknown function ${t.f}`);
      return f(...t.a.map((c) => evaluateTree(c, scope)));
    }
  }
}

/** Points to judge at: `x` in [0.2, 0.9] (inside every corpus item's domain), other symbols in [0.5, 1.5]. */
export function samplePoints(t: Tree, count: number, seed: number, also: readonly string[] = []): Record<string, number>[] {
  const rand = mulberry32(seed);
  const names = [...new Set([...symbols(t), ...also])].sort();
  return Array.from({ length: count }, () =>
    Object.fromEntries(names.map((n) => [n, n === 'x' ? 0.2 + 0.7 * rand() : 0.5 + rand()])));
}

const close = (a: number, b: number, rel: number): boolean =>
  Math.abs(a - b) <= rel * Math.max(1, Math.abs(a), Math.abs(b));

/** Richardson-refined central difference of `t` with respect to `x` at `point`. */
export function finiteDifference(t: Tree, x: string, point: Readonly<Record<string, number>>): number {
  const at = (dx: number): number => evaluateTree(t, { ...point, [x]: (point[x] as number) + dx });
  const h = 1e-3 * Math.max(1, Math.abs(point[x] as number));
  const d = (s: number): number => (at(s) - at(-s)) / (2 * s);
  return (4 * d(h / 2) - d(h)) / 3;
}

export type Verdict = 'ok' | 'wrong' | 'unchecked';

/** Is `answer` the derivative of `input` with respect to `x`? Judged at a few points where `input` is finite. */
export function judgeDerivative(input: Tree, answer: Tree, x: string, seed: number): Verdict {
  let judged = 0;
  for (const p of samplePoints(input, 4, seed, [x])) {
    const fd = finiteDifference(input, x, p);
    if (!Number.isFinite(fd) || Math.abs(fd) > 1e8) continue;
    let v: number;
    try { v = evaluateTree(answer, p); } catch { return 'unchecked'; }
    if (!close(v, fd, 1e-5)) return 'wrong';
    judged++;
  }
  return judged > 0 ? 'ok' : 'unchecked';
}

/** Does `b` have the value of `a` at a few points (simplification, compilation)? */
export function judgeSame(a: Tree, b: Tree, seed: number, rel = 1e-9): Verdict {
  let judged = 0;
  for (const p of samplePoints(a, 4, seed)) {
    const va = evaluateTree(a, p);
    if (!Number.isFinite(va)) continue;
    let vb: number;
    try { vb = evaluateTree(b, p); } catch { return 'unchecked'; }
    if (!close(va, vb, rel)) return 'wrong';
    judged++;
  }
  return judged > 0 ? 'ok' : 'unchecked';
}
