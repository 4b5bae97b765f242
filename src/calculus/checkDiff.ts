import type { Expr } from '../ast/expr.js';
import { checkDerivative as checkNumerically, type Agreement, type CheckOptions } from '../numeric/checkDerivative.js';
import { diff } from './differentiate.js';

/**
 * Checks fluxion's symbolic derivative against forward mode, reverse mode and a Richardson-refined central
 * difference at sampled points in the domain (the numeric oracles know nothing of the rules).
 * Example: checkDerivative('sigmoid(x)^2', 'x').ok is true.
 */
export function checkDerivative(e: Expr | string, vars: string | readonly string[], options: CheckOptions = {}): Agreement {
  return checkNumerically(e, vars, { symbolic: (f, x) => diff(f, x), ...options });
}
