import type { Expr } from '../../../src/ast/expr.js';

/**
 * A small float evaluator for the derivative tests, written apart from the rules so it can check them. D(f, x) is
 * evaluated by a Richardson-refined central difference of f, so a step that still contains derivatives can be
 * compared with the step after it. Unknown functions evaluate to NaN (the point is skipped, never guessed).
 */
export type Scope = Readonly<Record<string, number>>;

const sigmoid = (x: number) => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
const softplus = (x: number) => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));

/** erf: the Maclaurin series below |x| = 3, the continued fraction of erfc above (both to ~1e-15). */
function erf(x: number): number {
  if (Math.abs(x) < 3) {
    // erf x = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1))
    let sum = 0;
    let term = x;
    for (let n = 0; n < 200; n++) {
      sum += term / (2 * n + 1);
      term *= (-x * x) / (n + 1);
      if (Math.abs(term) < 1e-17) break;
    }
    return (2 / Math.sqrt(Math.PI)) * sum;
  }
  // erfc t = e^(−t²)/√π · 1/(t + (1/2)/(t + 1/(t + (3/2)/(t + 2/(t + ...))))), evaluated from the tail.
  const t = Math.abs(x);
  let fraction = t;
  for (let k = 60; k >= 1; k--) fraction = t + k / 2 / fraction;
  const erfc = Math.exp(-t * t) / Math.sqrt(Math.PI) / fraction;
  return Math.sign(x) * (1 - erfc);
}

const UNARY: Readonly<Record<string, (x: number) => number>> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan,
  sec: (x) => 1 / Math.cos(x), csc: (x) => 1 / Math.sin(x), cot: (x) => 1 / Math.tan(x),
  asin: Math.asin, acos: Math.acos, atan: Math.atan,
  asec: (x) => Math.acos(1 / x), acsc: (x) => Math.asin(1 / x), acot: (x) => Math.atan(1 / x),
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh,
  sech: (x) => 1 / Math.cosh(x), csch: (x) => 1 / Math.sinh(x), coth: (x) => 1 / Math.tanh(x),
  asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  exp: Math.exp, ln: Math.log, log: Math.log, log2: Math.log2, log10: Math.log10,
  sqrt: Math.sqrt, cbrt: Math.cbrt, abs: Math.abs,
  sign: Math.sign, heaviside: (x) => (x > 0 ? 1 : x < 0 ? 0 : 0.5),
  sigmoid, softplus, relu: (x) => Math.max(0, x), erf,
};

/** Functions this evaluator knows (D, Sum and two-argument log are handled apart). */
export const knownFunction = (name: string): boolean => name in UNARY || name === 'D' || name === 'log';

const CONSTANTS: Readonly<Record<string, number>> = { pi: Math.PI, e: Math.E, oo: Infinity, undefined: NaN };

/** The float value of `e` at `scope`. Example: evaluate(parse('x^2 + 1'), { x: 2 }) is 5. */
export function evaluate(e: Expr, scope: Scope): number {
  switch (e.kind) {
    case 'num':
      return Number(e.value.num) / Number(e.value.den);
    case 'sym':
      return e.name in scope ? scope[e.name]! : e.name in CONSTANTS ? CONSTANTS[e.name]! : NaN;
    case 'neg':
      return -evaluate(e.arg, scope);
    case 'add':
      return e.args.reduce((s, a) => s + evaluate(a, scope), 0);
    case 'sub':
      return evaluate(e.left, scope) - evaluate(e.right, scope);
    case 'mul':
      return e.args.reduce((s, a) => s * evaluate(a, scope), 1);
    case 'div':
      return evaluate(e.left, scope) / evaluate(e.right, scope);
    case 'pow':
      return power(evaluate(e.base, scope), e.exp, scope);
    case 'call':
      return call(e, scope);
  }
}

/** Real powers: a negative base to a rational exponent with an odd denominator is real (cube roots, x^(1/3)). */
function power(b: number, exp: Expr, scope: Scope): number {
  const x = evaluate(exp, scope);
  if (b >= 0 || Number.isInteger(x)) return Math.pow(b, x);
  if (exp.kind === 'num' && exp.value.den % 2n === 1n) {
    const m = Math.pow(-b, x);
    return exp.value.num % 2n === 0n ? m : -m;
  }
  return NaN;
}

function call(e: Expr & { kind: 'call' }, scope: Scope): number {
  const args = e.args;
  if (e.fn === 'D') {
    const v = args[1];
    if (v?.kind !== 'sym') return NaN;
    const order = args[2] ? evaluate(args[2], scope) : 1;
    return derivativeAt((t) => evaluate(args[0]!, { ...scope, [v.name]: t }), scope[v.name] ?? NaN, order);
  }
  if (e.fn === 'log' && args.length === 2) return Math.log(evaluate(args[0]!, scope)) / Math.log(evaluate(args[1]!, scope));
  if (e.fn === 'Sum') return NaN;
  const f = UNARY[e.fn];
  if (!f || args.length !== 1) return NaN;
  return f(evaluate(args[0]!, scope));
}

/**
 * The order-th derivative of f at t by central differences with Richardson extrapolation (orders 1 and 2; higher
 * orders nest). Example: derivativeAt(Math.sin, 0, 1) ≈ 1.
 */
export function derivativeAt(f: (t: number) => number, t: number, order = 1, step?: number): number {
  if (order === 0) return f(t);
  if (order > 2) return derivativeAt((s) => derivativeAt(f, s, order - 2), t, 2);
  const scale = Math.max(1, Math.abs(t));
  const estimate = (h: number) =>
    order === 1 ? (f(t + h) - f(t - h)) / (2 * h) : (f(t + h) - 2 * f(t) + f(t - h)) / (h * h);
  // Richardson: D(h) = f' + c h² + d h⁴; combine h, h/2, h/4.
  const h = (step ?? (order === 1 ? 1e-3 : 1e-2)) * scale;
  const d1 = estimate(h);
  const d2 = estimate(h / 2);
  const d3 = estimate(h / 4);
  const r1 = (4 * d2 - d1) / 3;
  const r2 = (4 * d3 - d2) / 3;
  return (16 * r2 - r1) / 15;
}

/** Relative-or-absolute closeness for float checks. */
export const close = (a: number, b: number, tol = 1e-6): boolean =>
  (Number.isNaN(a) && Number.isNaN(b)) || Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));
