import type { Expr } from '../ast/expr.js';
import { parse } from '../parse/parse.js';
import { orUnchanged } from './algebraicFold.js';
import { type AlgebraBudget, DEFAULT_BUDGET } from './budget.js';
import { combineDenominators } from './denominators.js';
import { fromPolynomial } from './fromPolynomial.js';
import { toLaurent } from './toPolynomial.js';

/**
 * Multinomial expansion anywhere in the tree: products and integer powers of sums are multiplied out and like terms
 * collected; non-polynomial parts (sin(x), sqrt(6x), e^x) are opaque atoms whose arguments are expanded too;
 * denominators are expanded and numerators distributed over them, as in SymPy: (x + 1)^2/(x + 3) is
 * `x^2/(x + 3) + 2x/(x + 3) + 1/(x + 3)`. Output is in textbook order (fromPolynomial.ts). Trees containing oo or
 * undefined are returned unchanged; results over the size budget throw UnsupportedError.
 *
 * Expanding is generic algebra: x·(1/x) becomes 1, the usual CAS convention (the value at x = 0 is not kept).
 * Example: format(expand('(sin(x) + 1)^2')) is 'sin(x)^2 + 2 sin(x) + 1'.
 */
export function expand(e: Expr | string, budget: AlgebraBudget = DEFAULT_BUDGET): Expr {
  const tree = typeof e === 'string' ? parse(e) : e;
  return orUnchanged(() => fromPolynomial(combineDenominators(toLaurent(tree, budget), budget)), tree);
}
