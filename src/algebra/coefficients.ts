import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';

/**
 * Coefficient arithmetic for the polynomial inner loops. Q.mul guards every product with bit lengths, which are
 * costly to measure on big numbers; here numbers below 2^(MAX_BITS/2) skip the measurement, since their product
 * cannot pass the limit (a bigint comparison is cheap), and anything larger takes the guarded path.
 */
const HALF = 1n << BigInt(Math.floor(Q.MAX_BITS / 2));
const MINUS_HALF = -HALF;
const small = (n: bigint): boolean => n < HALF && n > MINUS_HALF;

/** a·b, exact. Example: mulCoefficient(2/3, 3/4) is 1/2. */
export function mulCoefficient(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n && small(a.num) && small(b.num)) return { num: a.num * b.num, den: 1n };
  if (small(a.num) && small(b.num) && small(a.den) && small(b.den)) return Q.rat(a.num * b.num, a.den * b.den);
  return Q.mul(a, b);
}

/** a + b, exact. Example: addCoefficient(1/2, 1/3) is 5/6. */
export function addCoefficient(a: Rational, b: Rational): Rational {
  if (a.den === 1n && b.den === 1n) return { num: a.num + b.num, den: 1n };
  return Q.add(a, b);
}
