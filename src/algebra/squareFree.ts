import type { Expr } from '../ast/expr.js';
import { exactDivide } from './divide.js';
import { gcdPoly } from './gcd.js';
import { constantValue, isZeroPoly, type Polynomial, subPoly } from './polynomial.js';
import { derivativePoly, primitivePart } from './polynomialParts.js';
import { equals } from '../ast/equal.js';
import * as Q from '../number/rational.js';
import { exponent } from './monomial.js';
import { type DenseInteger, denseOf, sparseOf } from './denseInteger.js';
import { denseExactDivide, denseGcd, trim, withoutContent } from './denseGcd.js';

/**
 * Square-free decomposition by Yun's algorithm: f = c · a_1 · a_2^2 · a_3^3 ⋯ with the a_i square-free and pairwise
 * coprime. Works over Q in any number of variables, with respect to one variable v in which f is primitive (factors
 * free of v belong to the content and must be removed first). Gcds are only defined up to a rational factor, but Yun's
 * c and d are scaled alike at every step, so the decomposition holds; the parts are returned as primitive parts.
 */
export type PowerFactor = { readonly base: Polynomial; readonly multiplicity: number };

/** The non-constant a_i with their multiplicities i. Example: squareFree(x^3 - x^2, x) is [{x - 1, 1}, {x, 2}]. */
export function squareFree(f: Polynomial, v: Expr): PowerFactor[] {
  if (isIntegerPolynomialIn(f, v)) return denseSquareFree(f);
  const out: PowerFactor[] = [];
  const df = derivativePoly(f, v);
  if (isZeroPoly(df)) return constantValue(f) ? [] : [{ base: primitivePart(f), multiplicity: 1 }];
  const g = gcdPoly(f, df);
  let c = exact(f, g);
  let d = subPoly(exact(df, g), derivativePoly(c, v));
  // The degree of c drops every round (it loses a_i), so this ends after at most deg_v(f) rounds.
  for (let i = 1; !constantValue(c); i++) {
    const a = gcdPoly(c, d);
    if (!constantValue(a)) out.push({ base: primitivePart(a), multiplicity: i });
    c = exact(c, a);
    d = subPoly(exact(d, a), derivativePoly(c, v));
  }
  return out;
}

function exact(a: Polynomial, b: Polynomial): Polynomial {
  const q = exactDivide(a, b);
  if (!q) throw new Error('internal: Yun division is not exact');
  return q;
}

/** True when f is a polynomial in v alone with integer coefficients (what factoring a polynomial in one atom gives). */
function isIntegerPolynomialIn(f: Polynomial, v: Expr): boolean {
  return f.vars.length === 1 && equals(f.vars[0]!, v) && f.terms.every((t) => Q.isInteger(t.coef) && exponent(t.exps, 0) >= 0);
}

/**
 * Yun's algorithm step for step as above, on dense integer arrays: every polynomial of the sparse version is an
 * integer polynomial here (the gcds are primitive, so by Gauss's lemma the quotients are integral), and the gcds are
 * the same calls of denseGcd that gcdPoly makes, so the answer and the gcd work charged are the same.
 */
function denseSquareFree(f: Polynomial): PowerFactor[] {
  const v = f.vars[0]!;
  const out: PowerFactor[] = [];
  const whole = denseOf(f, v);
  const df = derivative(whole);
  const g = gcdLikePoly(whole, df);
  let c = exactDense(whole, g);
  let d = difference(exactDense(df, g), derivative(c));
  for (let i = 1; c.length > 1; i++) {
    const a = gcdLikePoly(c, d);
    if (a.length > 1) out.push({ base: sparseOf(withoutContent(a), v), multiplicity: i });
    c = exactDense(c, a);
    d = difference(exactDense(d, a), derivative(c));
  }
  return out;
}

/** What gcdPoly does for two polynomials in one atom, on their dense forms. */
function gcdLikePoly(a: DenseInteger, b: DenseInteger): DenseInteger {
  if (a.length === 0) return withoutContent(b);
  if (b.length === 0) return withoutContent(a);
  if (a.length === 1 || b.length === 1) return [1n];
  return denseGcd(withoutContent(a), withoutContent(b));
}

function exactDense(a: DenseInteger, b: DenseInteger): DenseInteger {
  const q = a.length === 0 ? a : denseExactDivide(a, b);
  if (!q) throw new Error('internal: Yun division is not exact');
  return trim(q);
}

const derivative = (a: DenseInteger): DenseInteger => trim(a.slice(1).map((c, k) => c * BigInt(k + 1)));

function difference(a: DenseInteger, b: DenseInteger): DenseInteger {
  const out: bigint[] = [];
  for (let k = 0; k < Math.max(a.length, b.length); k++) out.push((a[k] ?? 0n) - (b[k] ?? 0n));
  return trim(out);
}
