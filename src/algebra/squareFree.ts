import type { Expr } from '../ast/expr.js';
import { exactDivide } from './divide.js';
import { gcdPoly } from './gcd.js';
import { constantValue, isZeroPoly, type Polynomial, subPoly } from './polynomial.js';
import { derivativePoly, primitivePart } from './polynomialParts.js';

/**
 * Square-free decomposition by Yun's algorithm: f = c · a_1 · a_2^2 · a_3^3 ⋯ with the a_i square-free and pairwise
 * coprime. Works over Q in any number of variables, with respect to one variable v in which f is primitive (factors
 * free of v belong to the content and must be removed first). Gcds are only defined up to a rational factor, but Yun's
 * c and d are scaled alike at every step, so the decomposition holds; the parts are returned as primitive parts.
 */
export type PowerFactor = { readonly base: Polynomial; readonly multiplicity: number };

/** The non-constant a_i with their multiplicities i. Example: squareFree(x^3 - x^2, x) is [{x - 1, 1}, {x, 2}]. */
export function squareFree(f: Polynomial, v: Expr): PowerFactor[] {
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
