import type { Expr } from '../ast/expr.js';
import { call, sym } from '../ast/build.js';
import { FluxionError } from '../errors.js';
import type { Derivation } from '../trace/derivation.js';
import { derivativeRules } from './derivativeRules.js';
import { checkVariable, diff, type DiffOptions, explainDerivatives, toExpr } from './differentiate.js';
import { simplifyDerivative } from './differentiateSimplify.js';
import { derivativeOfResolved, resolveDerivatives } from './differentiateTree.js';
import { checkWrittenSize } from './derivativeSize.js';

function checkVariables(vars: readonly string[]): void {
  if (!Array.isArray(vars)) throw new FluxionError('the variables must be a list of names, such as [x, y]');
  vars.forEach(checkVariable);
  if (new Set(vars).size !== vars.length) throw new FluxionError(`the variables must be different names, not ${vars.join(', ')}`);
}

/**
 * The gradient: the partial derivative with respect to each variable, each simplified (other variables constant).
 * Example: gradient('x^2 y', ['x', 'y']) is [2x y, x^2].
 */
export function gradient(e: Expr | string, vars: readonly string[], options: DiffOptions = {}): Expr[] {
  checkVariables(vars);
  const rules = options.rules ?? derivativeRules();
  const f = resolveDerivatives(toExpr(e), rules);
  return vars.map((v) => simplifyDerivative(checkWrittenSize(derivativeOfResolved(f, v, rules))));
}

/**
 * The Jacobian matrix: row i is the gradient of the i-th expression.
 * Example: jacobian(['x y', 'x + y'], ['x', 'y']) is [[y, x], [1, 1]].
 */
export function jacobian(es: readonly (Expr | string)[], vars: readonly string[], options: DiffOptions = {}): Expr[][] {
  if (!Array.isArray(es)) throw new FluxionError('jacobian takes a list of expressions');
  return es.map((e) => gradient(e, vars, options));
}

/**
 * The Hessian matrix of second partial derivatives. Entry [i][j] differentiates the i-th gradient entry by the j-th
 * variable; mixed partials of the twice-differentiable functions fluxion knows are equal, so the lower triangle
 * repeats the upper one and the matrix is symmetric.
 * Example: hessian('x^2 y', ['x', 'y']) is [[2y, 2x], [2x, 0]].
 */
export function hessian(e: Expr | string, vars: readonly string[], options: DiffOptions = {}): Expr[][] {
  checkVariables(vars);
  const rules = options.rules ?? derivativeRules();
  const first = gradient(e, vars, options);
  const h: Expr[][] = vars.map(() => []);
  vars.forEach((_, i) => {
    for (let j = i; j < vars.length; j++) {
      h[i]![j] = diff(first[i]!, vars[j]!, 1, { rules });
      h[j]![i] = h[i]![j]!;
    }
  });
  return h;
}

/**
 * One derivation per gradient entry: D(e, v) with every rule applied and the simplification shown.
 * Example: explainGradient('x y', ['x', 'y'])[1].result is x.
 */
export function explainGradient(e: Expr | string, vars: readonly string[], options: DiffOptions = {}): Derivation[] {
  checkVariables(vars);
  const f = toExpr(e);
  return vars.map((v) => explainDerivatives(call('D', f, sym(v)), options.rules ?? derivativeRules()));
}

/**
 * One derivation per Hessian entry: D(D(e, v_i), v_j), the inner derivative taken and simplified first. The lower
 * triangle shares the upper triangle's derivations (mixed partials are equal), as `hessian` does.
 * Example: explainHessian('x^2 y', ['x', 'y'])[0][1].result is 2x.
 */
export function explainHessian(e: Expr | string, vars: readonly string[], options: DiffOptions = {}): Derivation[][] {
  checkVariables(vars);
  const f = toExpr(e);
  const rules = options.rules ?? derivativeRules();
  const h: Derivation[][] = vars.map(() => []);
  vars.forEach((vi, i) => {
    for (let j = i; j < vars.length; j++) {
      h[i]![j] = explainDerivatives(call('D', call('D', f, sym(vi)), sym(vars[j]!)), rules);
      h[j]![i] = h[i]![j]!;
    }
  });
  return h;
}
