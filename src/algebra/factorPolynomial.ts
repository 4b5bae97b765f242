import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { compareMonomials, exponent, monomialOf, single, totalDegree, withExponent } from './monomial.js';
import { contentIn, primitiveIn } from './gcd.js';
import { constantValue, liftTo, normalise, type Polynomial } from './polynomial.js';
import { atomIndex, mergeAtoms } from './atoms.js';
import { chargeGcdWork } from './budget.js';
import { degree, degreeIn, leadingCoefficient, lowDegreeIn, polyEquals, primitivePart } from './polynomialParts.js';
import { type PowerFactor, squareFree } from './squareFree.js';
import { splitQuadratic } from './splitQuadratic.js';
import { splitSquareFree } from './splitSquareFree.js';

/**
 * Factorisation over Q: p = constant · ∏ base^multiplicity, bases primitive (integer coprime coefficients, positive
 * leading coefficient) and sorted as a textbook writes them (single variables first, then by degree, then by
 * coefficients: x(x − 1)(x + 3)).
 *
 * What is complete: polynomials in one atom (content, square-free decomposition by Yun, a linear factor per rational
 * root, and a verified search for higher-degree factors up to degree 40; a quadratic or cubic without rational roots
 * is irreducible over Q and stays whole, so x^2 − 2 is not split into (x − √2)(x + √2)).
 * In several atoms: rational content, monomial factors (x^2 y), contents with respect to each variable (recursively:
 * a x + a y → a(x + y)), square-free decomposition, and homogeneous polynomials in two variables
 * (x^2 − y^2 → (x − y)(x + y)) by factoring p(x, 1), and polynomials of degree 2 in some variable whose
 * discriminant is a perfect square (x^2 − y^2 − 2y − 1 → (x − y − 1)(x + y + 1)). Other multivariate factors are
 * returned unsplit.
 */
export type Factorization = { readonly constant: Rational; readonly factors: readonly PowerFactor[] };

/** Example: factorPolynomial(2x^3 − 2x) is 2 · x · (x − 1) · (x + 1). */
export function factorPolynomial(p: Polynomial): Factorization {
  const c = constantValue(p);
  if (c) return { constant: c, factors: [] };
  const bases: PowerFactor[] = [];
  let rest = primitivePart(p);
  // Monomial content: the lowest power of each atom.
  for (const v of rest.vars) {
    const k = lowDegreeIn(rest, v);
    if (k > 0) {
      const monomial = normalise([v], [{ exps: single(0, 1), coef: Q.ONE }]);
      bases.push({ base: monomial, multiplicity: k });
      rest = divideByAtomPower(rest, v, k);
    }
  }
  bases.push(...factorPrimitive(rest));
  const factors = mergeEqual(bases).sort(compareFactors);
  // The leading term of a product is the product of the leading terms (graded-lex is a monomial order), so the
  // factors' leading coefficients give the constant without multiplying the factors out.
  const lead = factors.reduce((acc, f) => Q.mul(acc, Q.powInt(leadingCoefficient(f.base), BigInt(f.multiplicity))), Q.ONE);
  return { constant: Q.div(leadingCoefficient(p), lead), factors };
}

/**
 * p / v^k when v^k divides p: every exponent of v drops by k, which keeps the order of the terms. This is the
 * quotient exactDivide finds, and in several atoms its long division charges one unit of gcd work per quotient term,
 * charged here too, so the candidate search runs out of work exactly where it did.
 */
function divideByAtomPower(p: Polynomial, v: Expr, k: number): Polynomial {
  const i = atomIndex(p.vars, v);
  if (p.vars.length > 1) chargeGcdWork(p.terms.length);
  return normalise(p.vars, p.terms.map((t) => ({ exps: withExponent(t.exps, i, exponent(t.exps, i) - k), coef: t.coef })));
}

/** Factors of a primitive polynomial without monomial factors. */
function factorPrimitive(p: Polynomial): PowerFactor[] {
  if (constantValue(p)) return [];
  // Linear in some atom v (a v + b) with a and b coprime: irreducible, since a factor free of v would divide both and
  // one with v would take all of p's degree in v. Most sums simplify meets (x cos(x) + 2 sin(x)) end here at the
  // cost of one gcd, instead of every content and a square-free decomposition.
  if (p.vars.length >= 2) {
    const v = p.vars.find((a) => degreeIn(p, a) === 1);
    if (v && constantValue(contentIn(p, v))) return [{ base: primitivePart(p), multiplicity: 1 }];
  }
  // Split off the content with respect to any variable where it is not trivial.
  for (const v of p.vars) {
    const c = contentIn(p, v);
    if (!constantValue(c)) return [...factorPrimitive(primitivePart(c)), ...factorPrimitive(primitiveIn(p, v, c))];
  }
  const v = p.vars[0]!;
  const out: PowerFactor[] = [];
  for (const { base, multiplicity } of squareFree(p, v)) {
    for (const piece of splitPiece(base)) out.push({ base: piece, multiplicity });
  }
  return out;
}

/** Splits a square-free primitive polynomial as far as supported. */
function splitPiece(p: Polynomial): Polynomial[] {
  if (p.terms.length === 1) return [p];
  if (p.vars.length === 1) return splitSquareFree(p, p.vars[0]!);
  if (p.vars.length === 2 && isHomogeneous(p)) return splitHomogeneous(p);
  return splitQuadratic(p)?.flatMap(splitPiece) ?? [p];
}

function isHomogeneous(p: Polynomial): boolean {
  const d = degree(p);
  return p.terms.every((t) => totalDegree(t.exps) === d);
}

/** p(x, y) homogeneous: factor p(x, 1) in x and give every factor f of degree k back as y^k f(x/y). */
function splitHomogeneous(p: Polynomial): Polynomial[] {
  const [x, y] = p.vars as [Expr, Expr];
  const dehomogenised = normalise([x], p.terms.map((t) => ({ exps: single(0, exponent(t.exps, 0)), coef: t.coef })));
  return splitSquareFree(primitivePart(dehomogenised), x).map((f) => {
    const k = degree(f);
    const lifted = liftTo(f, [x]).map((t) => ({ exps: monomialOf([exponent(t.exps, 0), k - exponent(t.exps, 0)]), coef: t.coef }));
    return primitivePart(normalise([x, y], lifted));
  });
}

function mergeEqual(fs: readonly PowerFactor[]): PowerFactor[] {
  const out: PowerFactor[] = [];
  for (const f of fs) {
    const i = out.findIndex((g) => polyEquals(g.base, f.base));
    if (i >= 0) out[i] = { base: out[i]!.base, multiplicity: out[i]!.multiplicity + f.multiplicity };
    else out.push(f);
  }
  return out;
}

const isMonomialAtom = (p: Polynomial): boolean => p.terms.length === 1;

/** Single atoms first, then lower degree, then term by term: higher monomial first, smaller coefficient first. Example: x < x - 1 < x + 3 < x^2 + 1. */
export function compareFactors(a: PowerFactor, b: PowerFactor): number {
  const ma = isMonomialAtom(a.base);
  const mb = isMonomialAtom(b.base);
  if (ma !== mb) return ma ? -1 : 1;
  const d = degree(a.base) - degree(b.base);
  if (d !== 0) return d;
  const vars = mergeAtoms(a.base.vars, b.base.vars);
  const ta = liftTo(a.base, vars);
  const tb = liftTo(b.base, vars);
  for (let i = 0; i < Math.min(ta.length, tb.length); i++) {
    const m = compareMonomials(tb[i]!.exps, ta[i]!.exps);
    if (m !== 0) return m;
    const c = Q.compare(ta[i]!.coef, tb[i]!.coef);
    if (c !== 0) return c;
  }
  return ta.length - tb.length || a.multiplicity - b.multiplicity;
}
