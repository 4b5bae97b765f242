import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { atomIndex, mergeAtoms } from './atoms.js';
import { exponent } from './monomial.js';
import { denseOf, sameSingleVariable, sparseOf } from './denseInteger.js';
import { denseGcd } from './denseGcd.js';
import { exactDivide, pseudoRemainder } from './divide.js';
import { constantPoly, constantValue, isZeroPoly, mulPoly, type Polynomial, ZERO_POLY } from './polynomial.js';
import { coefficientsIn, degreeIn, dependsOn, primitivePart } from './polynomialParts.js';

/**
 * Greatest common divisors of polynomials over Q in any number of variables, by content recursion and the
 * primitive polynomial remainder sequence (Gauss's lemma): pick a variable v that occurs in both; split each
 * polynomial into its content with respect to v (the gcd of its coefficients, a polynomial in the other variables,
 * computed recursively) and its primitive part; run Euclid on the primitive parts with pseudo-remainders, taking
 * primitive parts at every step so the coefficients stay small. The recursion depth is the number of variables.
 *
 * The gcd is unique up to a rational factor; we return it with integer, coprime coefficients and a positive leading
 * coefficient (primitivePart), and 0 only for gcd(0, 0).
 */
const ONE_POLY = constantPoly(Q.ONE);

/** gcd(a, b) over Q[atoms]. Example: gcdPoly(x^2 - 1, 2x^2 + 4x + 2) is x + 1; gcdPoly(x^2 y - y, x y + y) is x y + y. */
export function gcdPoly(a: Polynomial, b: Polynomial): Polynomial {
  if (isZeroPoly(a)) return isZeroPoly(b) ? ZERO_POLY : primitivePart(b);
  if (isZeroPoly(b)) return primitivePart(a);
  if (constantValue(a) || constantValue(b)) return ONE_POLY;
  const monomial = a.terms.length === 1 ? monomialGcd(a, b) : b.terms.length === 1 ? monomialGcd(b, a) : undefined;
  if (monomial) return monomial;
  const single = sameSingleVariable(a, b);
  if (single) return sparseOf(denseGcd(denseOf(primitivePart(a), single), denseOf(primitivePart(b), single)), single);
  const v = mergeAtoms(a.vars, b.vars).find((x) => dependsOn(a, x) && dependsOn(b, x));
  if (!v) {
    // No variable in common: a common divisor is free of a's variables that b lacks, so it divides the content.
    const x = a.vars.find((y) => !dependsOn(b, y));
    if (x) return gcdPoly(contentIn(a, x), b);
    return gcdPoly(a, contentIn(b, b.vars[0]!));
  }
  const ca = contentIn(a, v);
  const cb = contentIn(b, v);
  const c = gcdPoly(ca, cb);
  let p = primitiveIn(a, v, ca);
  let q = primitiveIn(b, v, cb);
  if (degreeIn(p, v) < degreeIn(q, v)) [p, q] = [q, p];
  // Primitive PRS: the degree in v drops every step.
  for (;;) {
    const r = pseudoRemainder(p, q, v);
    if (isZeroPoly(r)) break;
    if (degreeIn(r, v) === 0 || !dependsOn(r, v)) {
      q = ONE_POLY;
      break;
    }
    p = q;
    q = primitiveIn(r, v, contentIn(r, v));
  }
  return primitivePart(mulPoly(c, q));
}

/** gcd of many polynomials. Example: gcdOf([2x, 4x^2, 6x^3]) is x. */
export const gcdOf = (ps: readonly Polynomial[]): Polynomial => ps.reduce((g, p) => gcdPoly(g, p), ZERO_POLY);

/**
 * The content of p with respect to v: the gcd of its coefficients in v (a polynomial free of v, normalised as by
 * primitivePart). Example: contentIn(a x^2 + a^2 x, x) is a.
 */
export function contentIn(p: Polynomial, v: Expr): Polynomial {
  if (isZeroPoly(p)) return ZERO_POLY;
  // In v alone, every coefficient is a number.
  if (p.vars.length === 1 && dependsOn(p, v)) return ONE_POLY;
  const monomial = monomialContent(p, v);
  if (monomial) return monomial;
  const coefficients = coefficientsIn(p, v).filter((c) => !isZeroPoly(c));
  if (coefficients.some((c) => constantValue(c))) return ONE_POLY;
  let g = ZERO_POLY;
  for (const c of coefficients) {
    g = gcdPoly(g, c);
    if (constantValue(g)) return ONE_POLY;
  }
  return g;
}

/** The lowest power of each atom over all terms (0 for one some term lacks), or undefined for a Laurent polynomial. */
function lowestPowers(p: Polynomial): number[] | undefined {
  const low = new Array<number>(p.vars.length).fill(Infinity);
  const seen = new Array<number>(p.vars.length).fill(0);
  for (const t of p.terms) {
    for (let k = 0; k < t.exps.length; k += 2) {
      const j = t.exps[k]!;
      const e = t.exps[k + 1]!;
      if (e < 0) return undefined;
      seen[j]!++;
      low[j] = Math.min(low[j]!, e);
    }
  }
  return low.map((e, j) => (seen[j] === p.terms.length ? e : 0));
}

/** The monomial ∏ atoms[j]^powers[j] with coefficient 1 (the constant 1 when every power is 0). */
function monomialOver(atoms: readonly Expr[], powers: readonly number[]): Polynomial {
  const vars: Expr[] = [];
  const exps: number[] = [];
  powers.forEach((e, j) => e > 0 && exps.push(vars.push(atoms[j]!) - 1, e));
  return vars.length === 0 ? ONE_POLY : { vars, terms: [{ exps, coef: Q.ONE }] };
}

/**
 * gcd(m, q) for a single term m: its divisors are monomials, and a monomial divides q when it divides every term,
 * so the gcd is each atom of m to the lower of its power in m and its lowest power in q (no remainder sequence).
 * Undefined for Laurent polynomials. Example: monomialGcd(x^2 y, x y + x^3) is x.
 */
function monomialGcd(m: Polynomial, q: Polynomial): Polynomial | undefined {
  const lowM = lowestPowers(m);
  const lowQ = lowestPowers(q);
  if (!lowM || !lowQ) return undefined;
  return monomialOver(m.vars, lowM.map((e, j) => Math.min(e, lowQ[atomIndex(q.vars, m.vars[j]!)] ?? 0)));
}

/**
 * contentIn when some coefficient in v is a single term: the content divides that monomial, so it is the largest
 * monomial dividing every term, the other atoms each to their lowest power. Undefined when no coefficient is a single
 * term (or for Laurent polynomials). Example: for x cos(x) + sin(x) in x, the coefficients sin(x) and cos(x) give 1.
 */
function monomialContent(p: Polynomial, v: Expr): Polynomial | undefined {
  const i = atomIndex(p.vars, v);
  if (i < 0) return undefined;
  const termsOfDegree = new Map<number, number>();
  for (const t of p.terms) {
    const d = exponent(t.exps, i);
    termsOfDegree.set(d, (termsOfDegree.get(d) ?? 0) + 1);
  }
  if (![...termsOfDegree.values()].includes(1)) return undefined;
  const low = lowestPowers(p);
  return low && monomialOver(p.vars, low.map((e, j) => (j === i ? 0 : e)));
}

/** p divided by its content in v (given, or computed), normalised. Example: primitiveIn(a x + a, x) is x + 1. */
export function primitiveIn(p: Polynomial, v: Expr, c: Polynomial = contentIn(p, v)): Polynomial {
  const q = exactDivide(p, c);
  if (!q) throw new Error('internal: the content does not divide the polynomial');
  return primitivePart(q);
}

/** lcm(a, b), normalised. Example: lcmPoly(x^2 - 1, x + 1) is x^2 - 1. */
export function lcmPoly(a: Polynomial, b: Polynomial): Polynomial {
  if (isZeroPoly(a) || isZeroPoly(b)) return ZERO_POLY;
  const q = exactDivide(a, gcdPoly(a, b))!;
  return primitivePart(mulPoly(q, b));
}
