import type { Expr } from '../ast/expr.js';
import { parse } from '../parse/parse.js';
import { orUnchanged } from './algebraicFold.js';
import { type AlgebraBudget, DEFAULT_BUDGET } from './budget.js';
import { fromRationalFunction, toRationalFunction } from './rationalFunction.js';

/**
 * Puts a rational expression over one denominator in lowest terms: numerator and denominator are expanded
 * polynomials over Q in the atoms of e (sqrt(6x), sin(x) and the like are opaque, and cancelled inside), with their
 * gcd divided out. `(x^2-1)/(x-1)` → `x + 1`; `(2x^4+8)/x^3` stays `(2x^4 + 8)/x^3`; `6/(2*sqrt(6x))` → `3/sqrt(6x)`.
 *
 * Domain: cancelling a common factor assumes generic values, the standard CAS convention: `(x-1)/(x-1)` → `1`,
 * although the input is undefined at x = 1. Trees with oo or undefined are returned unchanged; a division by an
 * expression that is identically 0 stays as written (an opaque atom).
 * Example: format(cancel('(x^2 - 1)/(x - 1)')) is 'x + 1'.
 */
export function cancel(e: Expr | string, budget: AlgebraBudget = DEFAULT_BUDGET): Expr {
  const tree = typeof e === 'string' ? parse(e) : e;
  return orUnchanged(() => fromRationalFunction(toRationalFunction(tree, budget)), tree);
}
