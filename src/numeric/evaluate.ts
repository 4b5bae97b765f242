import type { Expr } from '../ast/expr.js';
import { evaluateDecimal } from './evaluateDecimal.js';
import { evaluateFloat } from './evaluateFloat.js';
import type { Scope } from './scope.js';
import { toExpr } from './toExpr.js';

export type EvaluateOptions = {
  /** Significant digits wanted: the answer is decimal text computed with decimal.js. Without it: a float. */
  readonly digits?: number;
};

/**
 * The value of an expression with the variables of `scope`. Without `digits`: a float, IEEE-754 as in JavaScript
 * (1/0 is Infinity, sqrt(-1) is NaN). With `digits`: decimal text correct to that many significant digits, where
 * division by zero, log(0), sqrt(-1) and the like are FluxionErrors naming the operation. Exact rationals in the
 * tree are converted exactly (to the nearest float, or at the working precision).
 * Example: evaluate('sqrt(2)', {}, { digits: 20 }) === '1.4142135623730950488'; evaluate('x/2', { x: 3 }) === 1.5.
 */
export function evaluate(e: Expr | string, scope: Scope = {}, options: EvaluateOptions = {}): string | number {
  const tree = toExpr(e);
  return options.digits === undefined ? evaluateFloat(tree, scope) : evaluateDecimal(tree, scope, options.digits);
}
