import type { Expr } from '../ast/expr.js';
import { key } from '../ast/equal.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { atomIndex } from './atoms.js';
import { exponent, single } from './monomial.js';
import { normalise, type Polynomial, type Term } from './polynomial.js';

/**
 * Univariate polynomials with integer coefficients as dense bigint arrays, lowest degree first: [1n, 0n, 2n] is
 * 2x^2 + 1. Root finding and trial division are simplest and fastest in this form.
 */
export type DenseInteger = bigint[];

/** The dense coefficients of an integer polynomial in one atom. Example: denseOf(2x^2 + 1, x) is [1n, 0n, 2n]. */
export function denseOf(p: Polynomial, v: Expr): DenseInteger {
  const i = atomIndex(p.vars, v);
  const out: bigint[] = [];
  for (const t of p.terms) {
    if (t.coef.den !== 1n) throw new Error('internal: denseOf needs integer coefficients');
    const d = i < 0 ? 0 : exponent(t.exps, i);
    while (out.length <= d) out.push(0n);
    out[d] = t.coef.num;
  }
  return out;
}

/** Back to a sparse polynomial in the atom v. Example: sparseOf([1n, 0n, 2n], x) is 2x^2 + 1. */
export function sparseOf(coeffs: readonly bigint[], v: Expr): Polynomial {
  const terms: Term[] = [];
  coeffs.forEach((c, d) => {
    if (c !== 0n) terms.push({ exps: single(0, d), coef: Q.ratInt(c) });
  });
  return normalise([v], terms);
}

/** True when p/q is a root (exact: Σ a_i p^i q^(n-i) = 0). Example: isRoot([-1n, 2n], 1/2) is true. */
export const isRoot = (a: readonly bigint[], r: Rational): boolean => hornerHomogeneous(a, r) === 0n;

/** Σ a_i p^i q^(n−i), the value at p/q times q^n. Example: hornerHomogeneous([-1n, 2n], 1/2) is 0. */
export function hornerHomogeneous(a: readonly bigint[], r: Rational): bigint {
  let acc = 0n;
  let qPow = 1n;
  for (let i = a.length - 1; i >= 0; i--) {
    acc = acc * r.num + a[i]! * qPow;
    qPow *= r.den;
  }
  return acc;
}

/** Exact division by (q x − p) for a root p/q (synthetic division). Example: divideByRoot([-1n, 0n, 4n], 1/2) is [1n, 2n], since 4x^2 − 1 = (2x − 1)(2x + 1). */
export function divideByRoot(a: readonly bigint[], r: Rational): bigint[] {
  // Divide a(x) by (q x - p): from the top, b_{k-1} = (a_k + p b_k) / q.
  const n = a.length - 1;
  const out = new Array<bigint>(n).fill(0n);
  let carry = 0n;
  for (let k = n; k >= 1; k--) {
    const top = a[k]! + carry;
    if (top % r.den !== 0n) throw new Error('internal: not a root');
    const b = top / r.den;
    out[k - 1] = b;
    carry = r.num * b;
  }
  if (a[0]! + carry !== 0n) throw new Error('internal: not a root');
  return out;
}

/** The one variable both polynomials are in (with non-negative exponents), if any. Example: sameSingleVariable(x + 1, x^2) is x; sameSingleVariable(x, y) is undefined. */
export function sameSingleVariable(a: Polynomial, b: Polynomial): Expr | undefined {
  if (a.vars.length !== 1 || b.vars.length !== 1 || key(a.vars[0]!) !== key(b.vars[0]!)) return undefined;
  return [a, b].every((p) => p.terms.every((t) => exponent(t.exps, 0) >= 0)) ? a.vars[0] : undefined;
}
