import type { Expr } from '../ast/expr.js';
import { explainSimplify, simplify } from '../algebra/simplify.js';
import type { Derivation } from '../trace/derivation.js';

/**
 * The simplifier differentiation hands its results to (textbook form). Kept behind one file so the derivative code
 * does not depend on how simplification is organised. Example: simplifyDerivative(parse('3x^(3 - 1)')) is 3x^2.
 */
export function simplifyDerivative(e: Expr): Expr {
  return simplify(e);
}

/** The same simplification as steps. Example: explainSimplifyDerivative(parse('2 * 1')).result is 2. */
export function explainSimplifyDerivative(e: Expr): Derivation {
  return explainSimplify(e);
}
