import type { Expr } from '../ast/expr.js';
import { div, mulOf, num } from '../ast/build.js';
import * as Q from '../number/rational.js';
import type { Rational } from '../number/rational.js';
import { parse } from '../parse/parse.js';
import { orUnchanged } from './algebraicFold.js';
import { type AlgebraBudget, DEFAULT_BUDGET } from './budget.js';
import { type Factorization, factorPolynomial } from './factorPolynomial.js';
import { fromPolynomial } from './fromPolynomial.js';
import { constantValue, type Polynomial } from './polynomial.js';
import { type RationalFunction, toRationalFunction } from './rationalFunction.js';
import { negate, powerOf } from './textbook.js';

/**
 * Factors over Q, written as a textbook does: the rational constant in front, then the factors (single variables
 * first, then by degree), powers for repeated factors: `2(x - 1)^2 (x + 3)`, `-(x - 1)(x + 1)`, `(x + 1)/2`,
 * `x(x^2 + 1)`. A rational expression is first brought to lowest terms (see cancel) and its numerator and
 * denominator are factored: `(x - 1)/(x + 1)`. Irreducible quadratics with real irrational roots stay whole
 * (x^2 - 2), since we factor over the rationals. What is complete and what is not: see factorPolynomial.ts.
 * Atoms are opaque, so `sin(x)^2 - 1` → `(sin(x) - 1)(sin(x) + 1)`. Trees with oo or undefined come back unchanged.
 * Example: format(factor('2x^3 - 2x^2 - 10x - 6')) is '2(x - 3)(x + 1)^2'.
 */
export function factor(e: Expr | string, budget: AlgebraBudget = DEFAULT_BUDGET): Expr {
  const tree = typeof e === 'string' ? parse(e) : e;
  return orUnchanged(() => factorFraction(toRationalFunction(tree, budget), tree), tree);
}

/**
 * The factored form of a fraction already in lowest terms (what factor does after reading `tree` as one), or `tree`
 * itself when it is too large to factor. Lets a caller that has the fraction already (simplify's candidates) skip
 * reading the tree again. Example: factorFraction(toRationalFunction(parse('x^2 - 1')), e) is (x - 1)(x + 1).
 */
export function factorFraction(r: RationalFunction, tree: Expr): Expr {
  // Multivariate factoring here works through multivariate gcds whose coefficients can grow without bound; past a
  // modest size we leave the expression as it is (equal, just not factored) rather than run for minutes.
  if (tooLargeToFactor(r.num) || tooLargeToFactor(r.den)) return tree;
  const top = factorPolynomial(r.num);
  if (constantValue(r.den)) return renderFactored(Q.div(top.constant, constantValue(r.den)!), productOf(top), []);
  const bottom = factorPolynomial(r.den);
  return renderFactored(Q.div(top.constant, bottom.constant), productOf(top), productOf(bottom));
}

/** More than two variables and more than a few dozen terms: beyond what factorPolynomial finishes promptly. */
const MULTIVARIATE_TERM_LIMIT = 24;
const tooLargeToFactor = (p: Polynomial): boolean => p.vars.length > 2 && p.terms.length > MULTIVARIATE_TERM_LIMIT;

const productOf = (f: Factorization): Expr[] => f.factors.map((p) => powerOf(fromPolynomial(p.base), p.multiplicity));

/** ±(p · factors)/(q · denominators). Example: renderFactored(−2, [x − 1], []) is −2(x − 1). */
export function renderFactored(c: Rational, top: readonly Expr[], bottom: readonly Expr[]): Expr {
  const magnitude = Q.abs(c);
  const upper = magnitude.num === 1n && top.length > 0 ? mulOf([...top]) : mulOf([num(magnitude.num), ...top]);
  const lower = magnitude.den === 1n ? bottom : [num(magnitude.den), ...bottom];
  const value = lower.length === 0 ? upper : div(upper, mulOf([...lower]));
  return Q.isNegative(c) ? negate(value) : value;
}
