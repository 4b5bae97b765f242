import type { Expr } from '../ast/expr.js';
import * as Q from '../number/rational.js';
import { forEachExponent } from './monomial.js';
import type { Polynomial, Term } from './polynomial.js';
import { powerOf, scaledTerm, type SignedTerm, signedSum } from './textbook.js';

/**
 * A polynomial back to a tidy tree in textbook order: terms by descending total degree, ties alphabetically by
 * variable (x^2 + 2x y + y^2), constants last; minus signs as `-` (x^2 - 2x + 1, never x + -1); a rational
 * coefficient splits into numerator and denominator, so (3/4)x prints `3x/4`, x/2 prints `x/2` and the constant 1/2
 * prints `1/2`. Laurent terms put negative powers in the denominator: x^-1 is `1/x`, 2x^-2 is `2/x^2`.
 */

/** One term as a signed magnitude. Example: −(3/4)x^2 y is { negative: true, magnitude: 3x^2 y/4 }. */
export function termToSigned(vars: readonly Expr[], t: Term): SignedTerm {
  const up: Expr[] = [];
  const down: Expr[] = [];
  forEachExponent(t.exps, (i, e) => {
    if (e > 0) up.push(powerOf(vars[i]!, e));
    else if (e < 0) down.push(powerOf(vars[i]!, -e));
  });
  return { negative: Q.isNegative(t.coef), magnitude: scaledTerm(Q.abs(t.coef), up, down) };
}

/** The tree of a polynomial. Example: fromPolynomial(toPolynomial(parse('(x - 1)^2'))) prints `x^2 - 2x + 1`. */
export const fromPolynomial = (p: Polynomial): Expr => signedSum(p.terms.map((t) => termToSigned(p.vars, t)));
