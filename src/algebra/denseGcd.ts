import type { DenseInteger } from './denseInteger.js';
import { bitLength, gcdBig } from '../number/rational.js';
import { bigintWork, chargeGcdWork } from './budget.js';

/**
 * Fast paths for polynomials in one variable with integer coefficients (dense bigint arrays, lowest degree first):
 * primitive parts, pseudo-remainders, the primitive remainder sequence gcd and exact division. The sparse
 * multivariate code calls these when both operands live in the same single variable.
 */

/** Drops leading zeros. Example: trim([1n, 0n]) is [1n]. */
export function trim(a: DenseInteger): DenseInteger {
  let n = a.length;
  while (n > 0 && a[n - 1] === 0n) n--;
  return n === a.length ? a : a.slice(0, n);
}

/** Divides out the gcd of the coefficients and makes the leading one positive. Example: densePrimitive([2n, -4n]) is [-1n, 2n]. */
export function densePrimitive(a: DenseInteger): DenseInteger {
  const t = trim(a);
  if (t.length > 0) chargeGcdWork(bigintWork(t.length, bitLength(t[t.length - 1]!)));
  return withoutContent(t);
}

/** densePrimitive without charging gcd work, for callers that mirror a sparse computation that does not charge it. */
export function withoutContent(a: DenseInteger): DenseInteger {
  const t = trim(a);
  if (t.length === 0) return t;
  let g = 0n;
  for (const c of t) if ((g = gcdBig(g, c)) === 1n) break;
  if (t[t.length - 1]! < 0n) g = -g;
  return g === 1n ? t : t.map((c) => c / g);
}

/** lc(b)^k · a mod b, by elimination from the top. Example: densePseudoRemainder([0n, 0n, 1n], [1n, 2n]) is [1n] (4x^2 ≡ 1 mod 2x + 1). */
export function densePseudoRemainder(a: DenseInteger, b: DenseInteger): DenseInteger {
  const db = b.length - 1;
  const lc = b[db]!;
  const r = a.slice();
  for (let i = r.length - 1; i >= db; i--) {
    const c = r[i]!;
    if (c === 0n) continue;
    chargeGcdWork(bigintWork(i + db + 1, bitLength(c)));
    for (let j = 0; j < i; j++) r[j] = r[j]! * lc;
    for (let j = 0; j <= db; j++) r[j + i - db] = r[j + i - db]! - c * b[j]!;
    r[i] = 0n;
  }
  return trim(r.slice(0, Math.min(r.length, db)));
}

/** gcd of two integer polynomials, primitive with positive leading coefficient. Example: denseGcd([-1n, 0n, 1n], [1n, 2n, 1n]) is [1n, 1n]. */
export function denseGcd(a: DenseInteger, b: DenseInteger): DenseInteger {
  let p = densePrimitive(a);
  let q = densePrimitive(b);
  if (p.length === 0) return q;
  if (q.length === 0) return p;
  if (p.length < q.length) [p, q] = [q, p];
  // Primitive PRS: the degree drops every round.
  for (;;) {
    const r = densePseudoRemainder(p, q);
    if (r.length === 0) return q;
    if (r.length === 1) return [1n];
    p = q;
    q = densePrimitive(r);
  }
}

/** a / b when b divides a with an integer quotient, else undefined. Example: denseExactDivide([-1n, 0n, 1n], [1n, 1n]) is [-1n, 1n]. */
export function denseExactDivide(a: DenseInteger, b: DenseInteger): DenseInteger | undefined {
  const r = trim(a).slice();
  const db = b.length - 1;
  const lc = b[db]!;
  if (r.length === 0) return [];
  if (r.length - 1 < db) return undefined;
  const q = new Array<bigint>(r.length - db).fill(0n);
  for (let i = r.length - 1; i >= db; i--) {
    const c = r[i]!;
    if (c === 0n) continue;
    if (c % lc !== 0n) return undefined;
    const k = c / lc;
    q[i - db] = k;
    for (let j = 0; j <= db; j++) r[j + i - db] = r[j + i - db]! - k * b[j]!;
  }
  return r.every((c) => c === 0n) ? q : undefined;
}
