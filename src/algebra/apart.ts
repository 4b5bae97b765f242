import type { Expr } from '../ast/expr.js';
import { div, mulOf, sym } from '../ast/build.js';
import { key } from '../ast/equal.js';
import { walk } from '../ast/path.js';
import * as Q from '../number/rational.js';
import { parse } from '../parse/parse.js';
import { orUnchanged } from './algebraicFold.js';
import { type AlgebraBudget, DEFAULT_BUDGET } from './budget.js';
import { fromPolynomial, termToSigned } from './fromPolynomial.js';
import { type FractionTerm, partialFractions } from './partialFractions.js';
import { negPoly, scalePoly } from './polynomial.js';
import { content } from './polynomialParts.js';
import { toRationalFunction } from './rationalFunction.js';
import { powerOf, scaledTerm, type SignedTerm, signedSum } from './textbook.js';

/**
 * Partial fractions of a rational function of x over Q (see partialFractions.ts): the polynomial part first, then
 * one fraction per factor and power, with rational constants gathered in the denominator as SymPy writes them:
 * apart('1/(x^2 - 1)', 'x') is `1/(2(x - 1)) - 1/(2(x + 1))`; a numerator with a negative leading coefficient
 * shows as a minus: apart('(x^3 + 1)/(x^2 + 1)', 'x') is `x - (x - 1)/(x^2 + 1)`.
 *
 * Honest limits: when the denominator involves anything but x (a parameter such as a, or an atom such as sin(x)),
 * or the numerator has an atom that depends on x, the input is returned unchanged (unevaluated).
 * Example: format(apart('(2x + 3)/(x^2 + 3x + 2)', 'x')) is '1/(x + 1) + 1/(x + 2)'.
 */
export function apart(e: Expr | string, x: string | Expr, budget: AlgebraBudget = DEFAULT_BUDGET): Expr {
  const tree = typeof e === 'string' ? parse(e) : e;
  const v = typeof x === 'string' ? sym(x) : x;
  return orUnchanged(() => {
    const r = toRationalFunction(tree, budget);
    const vk = key(v);
    const dependsOnV = (atom: Expr) => key(atom) !== vk && [...walk(atom)].some(({ node }) => key(node) === vk);
    if (r.num.vars.some(dependsOnV)) return tree;
    const pf = partialFractions(r.num, r.den, v);
    if (!pf) return tree;
    const terms: SignedTerm[] = [
      ...pf.polynomial.terms.map((t) => termToSigned(pf.polynomial.vars, t)),
      ...pf.terms.map(fractionToSigned),
    ];
    return signedSum(terms);
  }, tree);
}

/** numerator/factor^power with the numerator's rational content split: (x/2 + 1/3)/(x^2 + 1) is (3x + 2)/(6(x^2 + 1)). */
function fractionToSigned(t: FractionTerm): SignedTerm {
  const c = content(t.numerator);
  const negative = Q.isNegative(c);
  const top = scalePoly(negative ? negPoly(t.numerator) : t.numerator, Q.ratInt(c.den));
  const bottom = powerOf(fromPolynomial(t.factor), t.power);
  const topExpr = fromPolynomial(top);
  const magnitude = c.den === 1n ? div(topExpr, bottom) : scaledDiv(topExpr, c.den, bottom);
  return { negative, magnitude };
}

const scaledDiv = (top: Expr, q: bigint, bottom: Expr): Expr => div(top, mulOf([scaledTerm(Q.ratInt(q), [], []), bottom]));
