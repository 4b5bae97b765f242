import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { divideIn } from './divide.js';
import { constantPoly, isZeroPoly, mulPoly, type Polynomial, scalePoly, subPoly, ZERO_POLY } from './polynomial.js';
import { leadingCoefficientIn } from './polynomialParts.js';

/**
 * Extended Euclid in Q[v] (one variable, rational coefficients): s·a + t·b = g with g = gcd(a, b) monic.
 * Partial fractions use it with coprime a and b, where g = 1. Every step lowers the degree of the remainder.
 * Example: extendedGcd(x - 1, x + 1, x) is { s: -1/2, t: 1/2, g: 1 }.
 */
export function extendedGcd(a: Polynomial, b: Polynomial, v: Expr): { s: Polynomial; t: Polynomial; g: Polynomial } {
  let [r0, r1] = [a, b];
  let [s0, s1] = [constantPoly(Q.ONE), ZERO_POLY];
  let [t0, t1] = [ZERO_POLY, constantPoly(Q.ONE)];
  while (!isZeroPoly(r1)) {
    const { quotient, remainder } = divideIn(r0, r1, v);
    [r0, r1] = [r1, remainder];
    [s0, s1] = [s1, subPoly(s0, mulPoly(quotient, s1))];
    [t0, t1] = [t1, subPoly(t0, mulPoly(quotient, t1))];
  }
  const lc = leadingCoefficientIn(r0, v);
  const inv = Q.inv(lc.terms[0]?.coef ?? Q.ONE);
  return { s: scalePoly(s0, inv), t: scalePoly(t0, inv), g: scalePoly(r0, inv) };
}
