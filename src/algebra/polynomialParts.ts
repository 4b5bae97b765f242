import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { atomIndex } from './atoms.js';
import { exponent, mapExponents, monomialKey, sameMonomial, totalDegree, withExponent } from './monomial.js';
import { equals, key } from '../ast/equal.js';
import { atomPoly, mulPoly, normalise, type Polynomial, scalePoly, sumPolys, type Term, ZERO_POLY } from './polynomial.js';

/**
 * Reading a polynomial: degrees, leading terms, coefficients with respect to one variable, content and primitive
 * part, evaluation and the derivative. Everything here is exact and works on any number of variables.
 */

/** Total degree (-Infinity for 0). Example: degree(x^2 y + x) is 3. */
export const degree = (p: Polynomial): number => (p.terms.length === 0 ? -Infinity : totalDegree(p.terms[0]!.exps));

/** Degree in one atom (-Infinity for 0, 0 when the atom does not occur). Example: degreeIn(x^2 y + y^3, x) is 2. */
export function degreeIn(p: Polynomial, v: Expr): number {
  if (p.terms.length === 0) return -Infinity;
  const i = atomIndex(p.vars, v);
  return i < 0 ? 0 : p.terms.reduce((m, t) => Math.max(m, exponent(t.exps, i)), -Infinity);
}

/** The smallest exponent of an atom over all terms. Example: lowDegreeIn(x^3 + x^2, x) is 2. */
export function lowDegreeIn(p: Polynomial, v: Expr): number {
  const i = atomIndex(p.vars, v);
  return i < 0 || p.terms.length === 0 ? 0 : p.terms.reduce((m, t) => Math.min(m, exponent(t.exps, i)), Infinity);
}

/** True when the atom occurs. Example: dependsOn(x y, y) is true. */
export const dependsOn = (p: Polynomial, v: Expr): boolean => atomIndex(p.vars, v) >= 0;

/** True when no exponent is negative (a polynomial, not a Laurent polynomial). Example: isPolynomial(x + 1) is true. */
export const isPolynomial = (p: Polynomial): boolean => p.terms.every((t) => t.exps.every((e) => e >= 0)); // indices are never negative

/** The leading coefficient in the graded-lex order (0 for 0). Example: leadingCoefficient(3x^2 - x) is 3. */
export const leadingCoefficient = (p: Polynomial): Rational => p.terms[0]?.coef ?? Q.ZERO;

/**
 * Coefficients with respect to one atom, as polynomials in the other atoms, indexed by degree.
 * Example: coefficientsIn(a x^2 + 3, x) is [3, 0, a].
 */
export function coefficientsIn(p: Polynomial, v: Expr): Polynomial[] {
  const i = atomIndex(p.vars, v);
  if (i < 0) return [p];
  const buckets: Term[][] = [];
  for (const t of p.terms) {
    const d = exponent(t.exps, i);
    (buckets[d] ??= []).push({ exps: withExponent(t.exps, i, 0), coef: t.coef });
  }
  const out: Polynomial[] = [];
  for (let d = 0; d < buckets.length; d++) out.push(buckets[d] ? normalise(p.vars, buckets[d]!) : ZERO_POLY);
  return out;
}

/** Σ coeffs[d] v^d. Example: fromCoefficientsIn([3, 0, a], x) is a x^2 + 3. */
export const fromCoefficientsIn = (coeffs: readonly Polynomial[], v: Expr): Polynomial =>
  sumPolys(coeffs.map((c, d) => (d === 0 ? c : mulPoly(c, atomPoly(v, d)))));

/** The leading coefficient with respect to one atom. Example: leadingCoefficientIn(a x^2 + x, x) is a. */
export function leadingCoefficientIn(p: Polynomial, v: Expr): Polynomial {
  const i = atomIndex(p.vars, v);
  if (i < 0) return p;
  const d = degreeIn(p, v);
  // Only the top terms: building every coefficient would make division loops quadratic.
  return normalise(p.vars, p.terms.filter((t) => exponent(t.exps, i) === d).map((t) => ({ exps: withExponent(t.exps, i, 0), coef: t.coef })));
}

/**
 * The rational content: gcd of the numerators over the lcm of the denominators, with the sign of the leading
 * coefficient, so p = content · (integer polynomial with coprime coefficients and positive leading coefficient).
 * Example: content(-x/2 - 1) is -1/2. content(0) is 1.
 */
export function content(p: Polynomial): Rational {
  if (p.terms.length === 0) return Q.ONE;
  let g = 0n;
  let l = 1n;
  for (const t of p.terms) {
    // gcd(1, n) = 1 and lcm(l, 1) = l: most coefficients are integers and most contents 1.
    if (g !== 1n) g = Q.gcdBig(g, t.coef.num);
    if (t.coef.den !== 1n) l = (l / Q.gcdBig(l, t.coef.den)) * t.coef.den;
  }
  const c = Q.rat(g, l);
  return Q.isNegative(leadingCoefficient(p)) ? Q.neg(c) : c;
}

/** p / content(p): integer coefficients, coprime, positive leading coefficient. Example: primitivePart(-x/2 - 1) is x + 2. */
export const primitivePart = (p: Polynomial): Polynomial => scalePoly(p, Q.inv(content(p)));

/** True when p is monic-up-to-sign free of content: the normal form returned by gcd. Example: isPrimitive(x + 2) is true. */
export const isPrimitive = (p: Polynomial): boolean => Q.isOne(content(p));

/**
 * Substitutes exact values for some atoms and returns the polynomial in the rest.
 * Example: evaluatePoly(x y + 1, (a) => a is x ? 2 : undefined) is 2y + 1.
 */
export function evaluatePoly(p: Polynomial, value: (atom: Expr) => Rational | undefined): Polynomial {
  const values = p.vars.map(value);
  if (values.every((v) => v === undefined)) return p;
  const terms = p.terms.map((t) => {
    let coef = t.coef;
    const exps = mapExponents(t.exps, (i, e) => {
      const v = values[i];
      if (v === undefined) return e;
      coef = Q.mul(coef, Q.powInt(v, BigInt(e)));
      return 0;
    });
    return { exps, coef };
  });
  return normalise(p.vars, terms);
}

/** Substitutes one atom by a value. Example: evaluateAt(x^2 + 1, x, 2) is 5. */
export const evaluateAt = (p: Polynomial, v: Expr, r: Rational): Polynomial => {
  const i = atomIndex(p.vars, v);
  return i < 0 ? p : evaluatePoly(p, (a) => (a === p.vars[i] ? r : undefined));
};

/** ∂p/∂v. Example: derivativePoly(x^3 + x y, x) is 3x^2 + y. */
export function derivativePoly(p: Polynomial, v: Expr): Polynomial {
  const i = atomIndex(p.vars, v);
  if (i < 0) return ZERO_POLY;
  const terms: Term[] = [];
  for (const t of p.terms) {
    const e = exponent(t.exps, i);
    if (e !== 0) terms.push({ exps: withExponent(t.exps, i, e - 1), coef: Q.mul(t.coef, Q.ratInt(e)) });
  }
  return normalise(p.vars, terms);
}

/** A string that is equal exactly for equal (normalised) polynomials, for maps. Example: polyKey(x + 1) === polyKey(1 + x). */
export function polyKey(p: Polynomial): string {
  const vars = p.vars.map((v) => key(v)).join(',');
  return `${vars}|${p.terms.map((t) => `${monomialKey(t.exps)}:${t.coef.num}/${t.coef.den}`).join(';')}`;
}

/** Structural equality of normalised polynomials. Example: polyEquals(x + 1, 1 + x) is true. */
export function polyEquals(a: Polynomial, b: Polynomial): boolean {
  // Normalised polynomials are equal exactly when their atoms, monomials and coefficients are (no subtraction needed).
  if (a === b) return true;
  if (a.vars.length !== b.vars.length || a.terms.length !== b.terms.length) return false;
  for (let i = 0; i < a.vars.length; i++) if (!equals(a.vars[i]!, b.vars[i]!)) return false;
  for (let i = 0; i < a.terms.length; i++) {
    const s = a.terms[i]!;
    const t = b.terms[i]!;
    if (!Q.ratEquals(s.coef, t.coef) || !sameMonomial(s.exps, t.exps)) return false;
  }
  return true;
}
