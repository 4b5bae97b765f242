import type { Decimal } from 'decimal.js';
import type { LocalPartial } from './algebra.js';
import { erf } from './erf.js';
import { decimalErf } from '../number/decimalErf.js';
import { decimalCosh, decimalSinh, decimalTanh } from './decimalHyperbolic.js';

/**
 * One row per elementary function of src/ast/operators.ts (and per arity: `log` has a one- and a two-argument row).
 * Each row carries everything the numeric side needs, written here independently of rules/ so that it can check
 * the symbolic differentiator: the float value, the local partial derivatives (over an Algebra, so one definition
 * serves floats and generated code), the decimal.js value for `evaluate` with digits, and the domain where the
 * function is smooth (used to sample checking points away from singularities, kinks and branch cuts).
 */
export type Primitive = {
  readonly name: string;
  readonly arity: number;
  /** Float value; IEEE-754 behaviour outside the domain (NaN, ±Infinity), as JavaScript's Math does. */
  readonly value: (...args: number[]) => number;
  /** ∂/∂(argument j), one per argument. */
  readonly partials: readonly LocalPartial[];
  /** Value at the constructor's precision; may return NaN/±Infinity outside the domain (the caller reports it). */
  readonly decimal: (D: Decimal.Constructor, args: readonly Decimal[]) => Decimal;
  /** Where the function is smooth, in words, and the distance from `args` to the nearest point where it is not. */
  readonly domain: { readonly text: string; readonly distance: (args: readonly number[]) => number };
};

export type PrimitiveTable = ReadonlyMap<string, Primitive>;

type D1 = (D: Decimal.Constructor, x: Decimal) => Decimal;
type Domain = Primitive['domain'];
const HALF_PI = Math.PI / 2;
const everywhere: Domain = { text: 'all real x', distance: () => Infinity };
const positive = { text: 'x > 0', distance: ([x]: readonly number[]) => x! };
const nonzero = { text: 'x ≠ 0', distance: ([x]: readonly number[]) => Math.abs(x!) };
/** Distance from x to the nearest point offset + k·period. */
const periodic = (text: string, period: number, offset: number) => ({
  text,
  distance: ([x]: readonly number[]) => {
    const t = x! - offset;
    return Math.abs(t - Math.round(t / period) * period);
  },
});
const insideUnit = { text: '|x| < 1', distance: ([x]: readonly number[]) => 1 - Math.abs(x!) };
const outsideUnit = { text: '|x| > 1', distance: ([x]: readonly number[]) => Math.abs(x!) - 1 };

function unary(name: string, value: (x: number) => number, partial: LocalPartial, decimal: D1, domain: Domain = everywhere): Primitive {
  return { name, arity: 1, value, partials: [partial], decimal: (D, [x]) => decimal(D, x!), domain };
}

const heaviside = (x: number): number => (x > 0 ? 1 : x < 0 ? 0 : x === 0 ? 0.5 : NaN);
/** σ(x) without overflow for either sign. */
const sigmoid = (x: number): number => (x >= 0 ? 1 / (1 + Math.exp(-x)) : Math.exp(x) / (1 + Math.exp(x)));
/** log(1 + e^x) = max(x, 0) + log1p(e^−|x|): exact for large |x|, no overflow. */
const softplus = (x: number): number => Math.max(x, 0) + Math.log1p(Math.exp(-Math.abs(x)));
const decimalSigmoid: D1 = (D, x) => new D(1).div(D.exp(x.neg()).plus(1));
const decimalHeaviside: D1 = (D, x) => new D(x.isNaN() ? NaN : x.isZero() ? 0.5 : x.isPositive() ? 1 : 0);
/** acot(x) = atan(1/x), with acot(0) = π/2 (SymPy's convention; range (−π/2, π/2]). */
const acot = (x: number): number => (x === 0 ? HALF_PI : Math.atan(1 / x));
const decimalAcot: D1 = (D, x) => (x.isZero() ? D.acos(0) : D.atan(new D(1).div(x)));

const ROWS: Primitive[] = [
  // Trigonometric.
  unary('sin', Math.sin, (A, [x]) => A.call('cos', [x!]), (D, x) => D.sin(x)),
  unary('cos', Math.cos, (A, [x]) => A.neg(A.call('sin', [x!])), (D, x) => D.cos(x)),
  unary('tan', Math.tan, (A, _x, y) => A.add(A.constant(1), A.mul(y, y)), (D, x) => D.tan(x),
    periodic('x ≠ π/2 + kπ', Math.PI, HALF_PI)),
  unary('sec', (x) => 1 / Math.cos(x), (A, [x], y) => A.mul(y, A.call('tan', [x!])), (D, x) => new D(1).div(D.cos(x)),
    periodic('x ≠ π/2 + kπ', Math.PI, HALF_PI)),
  unary('csc', (x) => 1 / Math.sin(x), (A, [x], y) => A.neg(A.mul(y, A.call('cot', [x!]))),
    (D, x) => new D(1).div(D.sin(x)), periodic('x ≠ kπ', Math.PI, 0)),
  unary('cot', (x) => 1 / Math.tan(x), (A, _x, y) => A.neg(A.add(A.constant(1), A.mul(y, y))),
    (D, x) => new D(1).div(D.tan(x)), periodic('x ≠ kπ', Math.PI, 0)),
  // Inverse trigonometric.
  unary('asin', Math.asin, (A, [x]) => A.div(A.constant(1), A.call('sqrt', [A.sub(A.constant(1), A.mul(x!, x!))])),
    (D, x) => D.asin(x), insideUnit),
  unary('acos', Math.acos, (A, [x]) => A.neg(A.div(A.constant(1), A.call('sqrt', [A.sub(A.constant(1), A.mul(x!, x!))]))),
    (D, x) => D.acos(x), insideUnit),
  unary('atan', Math.atan, (A, [x]) => A.div(A.constant(1), A.add(A.constant(1), A.mul(x!, x!))), (D, x) => D.atan(x)),
  unary('asec', (x) => Math.acos(1 / x),
    (A, [x]) => A.div(A.constant(1), A.mul(A.call('abs', [x!]), A.call('sqrt', [A.sub(A.mul(x!, x!), A.constant(1))]))),
    (D, x) => D.acos(new D(1).div(x)), outsideUnit),
  unary('acsc', (x) => Math.asin(1 / x),
    (A, [x]) => A.neg(A.div(A.constant(1), A.mul(A.call('abs', [x!]), A.call('sqrt', [A.sub(A.mul(x!, x!), A.constant(1))])))),
    (D, x) => D.asin(new D(1).div(x)), outsideUnit),
  unary('acot', acot, (A, [x]) => A.neg(A.div(A.constant(1), A.add(A.constant(1), A.mul(x!, x!)))), decimalAcot, nonzero),
  // Hyperbolic.
  unary('sinh', Math.sinh, (A, [x]) => A.call('cosh', [x!]), (D, x) => decimalSinh(D, x)),
  unary('cosh', Math.cosh, (A, [x]) => A.call('sinh', [x!]), (D, x) => decimalCosh(D, x)),
  unary('tanh', Math.tanh, (A, _x, y) => A.sub(A.constant(1), A.mul(y, y)), (D, x) => decimalTanh(D, x)),
  unary('sech', (x) => 1 / Math.cosh(x), (A, [x], y) => A.neg(A.mul(y, A.call('tanh', [x!]))),
    (D, x) => new D(1).div(decimalCosh(D, x))),
  unary('csch', (x) => 1 / Math.sinh(x), (A, [x], y) => A.neg(A.mul(y, A.call('coth', [x!]))),
    (D, x) => new D(1).div(decimalSinh(D, x)), nonzero),
  unary('coth', (x) => 1 / Math.tanh(x), (A, _x, y) => A.sub(A.constant(1), A.mul(y, y)),
    (D, x) => new D(1).div(decimalTanh(D, x)), nonzero),
  // Inverse hyperbolic.
  unary('asinh', Math.asinh, (A, [x]) => A.div(A.constant(1), A.call('sqrt', [A.add(A.mul(x!, x!), A.constant(1))])),
    (D, x) => D.asinh(x)),
  unary('acosh', Math.acosh, (A, [x]) => A.div(A.constant(1), A.call('sqrt', [A.sub(A.mul(x!, x!), A.constant(1))])),
    (D, x) => D.acosh(x), { text: 'x > 1', distance: ([x]) => x! - 1 }),
  unary('atanh', Math.atanh, (A, [x]) => A.div(A.constant(1), A.sub(A.constant(1), A.mul(x!, x!))),
    (D, x) => D.atanh(x), insideUnit),
  // Exponential and logarithms.
  unary('exp', Math.exp, (_A, _x, y) => y, (D, x) => D.exp(x)),
  unary('log', Math.log, (A, [x]) => A.div(A.constant(1), x!), (D, x) => D.ln(x), positive),
  {
    // log(x, b) = ln x / ln b.
    name: 'log',
    arity: 2,
    value: (x, b) => Math.log(x!) / Math.log(b!),
    partials: [
      (A, [x, b]) => A.div(A.constant(1), A.mul(x!, A.call('log', [b!]))),
      (A, [_x, b], y) => A.neg(A.div(y, A.mul(b!, A.call('log', [b!])))),
    ],
    decimal: (D, [x, b]) => D.ln(x!).div(D.ln(b!)),
    domain: { text: 'x > 0, b > 0, b ≠ 1', distance: ([x, b]) => Math.min(x!, b!, Math.abs(b! - 1)) },
  },
  unary('ln', Math.log, (A, [x]) => A.div(A.constant(1), x!), (D, x) => D.ln(x), positive),
  unary('log2', Math.log2, (A, [x]) => A.div(A.constant(1), A.mul(x!, A.constant(Math.LN2))), (D, x) => D.log2(x), positive),
  unary('log10', Math.log10, (A, [x]) => A.div(A.constant(1), A.mul(x!, A.constant(Math.LN10))), (D, x) => D.log10(x), positive),
  // Roots and pieces.
  unary('sqrt', Math.sqrt, (A, _x, y) => A.div(A.constant(0.5), y), (D, x) => D.sqrt(x), positive),
  unary('cbrt', Math.cbrt, (A, _x, y) => A.div(A.constant(1), A.mul(A.constant(3), A.mul(y, y))), (D, x) => D.cbrt(x), nonzero),
  unary('abs', Math.abs, (A, [x]) => A.call('sign', [x!]), (D, x) => D.abs(x), nonzero),
  unary('sign', Math.sign, (A) => A.constant(0), (D, x) => new D(D.sign(x)), nonzero),
  unary('heaviside', heaviside, (A) => A.constant(0), decimalHeaviside, nonzero),
  // Machine learning.
  unary('sigmoid', sigmoid, (A, _x, y) => A.mul(y, A.sub(A.constant(1), y)), decimalSigmoid),
  unary('softplus', softplus, (A, [x]) => A.call('sigmoid', [x!]), (D, x) => D.ln(D.exp(x).plus(1))),
  // relu'(0) is taken as heaviside(0) = 1/2; checks sample away from the kink anyway.
  unary('relu', (x) => Math.max(x, 0), (A, [x]) => A.call('heaviside', [x!]),
    (D, x) => (x.isNegative() ? new D(0) : x), nonzero),
  unary('erf', erf, (A, [x]) => A.mul(A.constant(1.1283791670955126), A.call('exp', [A.neg(A.mul(x!, x!))])),
    (D, x) => decimalErf(D, x)),
];

const rowKey = (name: string, arity: number): string => `${name}/${arity}`;

/** The table every numeric path uses unless a caller passes another (tests plant wrong rows this way). */
export const PRIMITIVES: PrimitiveTable = new Map(ROWS.map((r) => [rowKey(r.name, r.arity), r]));

/** The row for a function applied to `arity` arguments, or undefined. Example: primitiveFor('log', 2) is log base b. */
export const primitiveFor = (name: string, arity: number, table: PrimitiveTable = PRIMITIVES): Primitive | undefined =>
  table.get(rowKey(name, arity));

/**
 * A copy of a table with some rows replaced, for planting a wrong derivative in a test or trying a new row.
 * Example: withRows(PRIMITIVES, [{ ...primitiveFor('cos', 1)!, partials: [(A, [x]) => A.call('sin', [x!])] }]).
 */
export function withRows(table: PrimitiveTable, rows: readonly Primitive[]): PrimitiveTable {
  const copy = new Map(table);
  for (const r of rows) copy.set(rowKey(r.name, r.arity), r);
  return copy;
}
