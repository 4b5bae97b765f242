import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { UnsupportedError } from '../errors.js';
import { mergeAtoms } from './atoms.js';
import { divideMonomials } from './monomial.js';
import {
  type Term, addPoly, atomPoly, constantValue, isZeroPoly, liftTo, mulPoly, normalise, type Polynomial, scalePoly, subPoly, ZERO_POLY,
} from './polynomial.js';
import { content, degreeIn, leadingCoefficientIn, primitivePart } from './polynomialParts.js';
import { denseOf, sameSingleVariable, sparseOf } from './denseInteger.js';
import { denseExactDivide } from './denseGcd.js';
import { chargeGcdWork } from './budget.js';

/**
 * Division of polynomials: with remainder in one variable, pseudo-division (for gcds with parameters) and exact
 * multivariate division (for cancelling a known common factor).
 */

/**
 * a = q·b + r with deg_v(r) < deg_v(b), other atoms treated as parameters. The leading coefficient of b in v must be
 * a rational number (so no division by a parameter is needed), else UnsupportedError.
 * Example: divideIn(x^2 + 1, x - 1, x) is { quotient: x + 1, remainder: 2 }.
 */
export function divideIn(a: Polynomial, b: Polynomial, v: Expr): { quotient: Polynomial; remainder: Polynomial } {
  if (isZeroPoly(b)) throw new RangeError('division by the zero polynomial');
  const db = degreeIn(b, v);
  const lc = constantValue(leadingCoefficientIn(b, v));
  if (!lc) throw new UnsupportedError('division needs a divisor whose leading coefficient is a number');
  const inverse = Q.inv(lc);
  let quotient = ZERO_POLY;
  let remainder = a;
  // Each step removes the leading power of v, so this runs at most deg_v(a) - deg_v(b) + 1 times.
  while (!isZeroPoly(remainder) && degreeIn(remainder, v) >= db) {
    const dr = degreeIn(remainder, v);
    const step = mulPoly(scalePoly(leadingCoefficientIn(remainder, v), inverse), atomPoly(v, dr - db));
    quotient = addPoly(quotient, step);
    remainder = subPoly(remainder, mulPoly(step, b));
  }
  return { quotient, remainder };
}

/**
 * A pseudo-remainder: lc_v(b)^k · a = q·b + r with deg_v(r) < deg_v(b), for some k ≥ 0, computed without any
 * division, so it works when the coefficients in v are polynomials in other atoms.
 * Example: pseudoRemainder(x^2, 2x + y, x) is y^2 (up to the factor lc^k).
 */
export function pseudoRemainder(a: Polynomial, b: Polynomial, v: Expr): Polynomial {
  if (isZeroPoly(b)) throw new RangeError('division by the zero polynomial');
  const db = degreeIn(b, v);
  const lc = leadingCoefficientIn(b, v);
  let r = a;
  while (!isZeroPoly(r) && degreeIn(r, v) >= db) {
    const dr = degreeIn(r, v);
    chargeGcdWork(r.terms.length * (lc.terms.length + b.terms.length));
    r = subPoly(mulPoly(lc, r), mulPoly(mulPoly(leadingCoefficientIn(r, v), atomPoly(v, dr - db)), b));
  }
  return r;
}

/**
 * a / b when b divides a exactly in Q[atoms], else undefined. Multivariate division by leading terms: if b | a, the
 * leading monomial of b divides that of every intermediate remainder, so a failure proves there is no exact quotient.
 * Example: exactDivide(x^2 - y^2, x - y) is x + y; exactDivide(x, x + 1) is undefined.
 */
export function exactDivide(a: Polynomial, b: Polynomial): Polynomial | undefined {
  if (isZeroPoly(b)) throw new RangeError('division by the zero polynomial');
  const c = constantValue(b);
  if (c) return scalePoly(a, Q.inv(c));
  if (isZeroPoly(a)) return a;
  const single = sameSingleVariable(a, b);
  if (single) {
    // Gauss: if B | A over Q with B primitive, the quotient has integer coefficients, so integer long division decides.
    const q = denseExactDivide(denseOf(primitivePart(a), single), denseOf(primitivePart(b), single));
    return q && scalePoly(sparseOf(q, single), Q.div(content(a), content(b)));
  }
  const vars = mergeAtoms(a.vars, b.vars);
  const divisor = liftTo(b, vars);
  const lead = divisor[0]!;
  let rest = normalise(vars, liftTo(a, vars));
  const quotient: Term[] = [];
  // Every step cancels the leading term of `rest` and adds only smaller ones; graded-lex is a well-order on
  // non-negative exponents, so this ends. The guard only protects against Laurent input.
  for (let steps = 0; !isZeroPoly(rest); steps++) {
    if (steps > 1_000_000) return undefined;
    chargeGcdWork(b.terms.length);
    const restTerms = liftTo(rest, vars);
    const top = restTerms[0]!;
    const exps = divideMonomials(top.exps, lead.exps);
    if (!exps) return undefined;
    const coef = Q.div(top.coef, lead.coef);
    quotient.push({ exps, coef });
    const step = normalise(vars, [{ exps, coef }]);
    rest = subPoly(rest, mulPoly(step, b));
  }
  return normalise(vars, quotient);
}
