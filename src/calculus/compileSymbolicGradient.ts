import type { Expr } from '../ast/expr.js';
import { type CompiledGradient, gradientFunction } from '../numeric/compileGradient.js';
import type { CompileOptions } from '../numeric/compile.js';
import { lowerAll } from '../numeric/lower.js';
import { PRIMITIVES } from '../numeric/primitives.js';
import { toExpr, varList } from '../numeric/toExpr.js';
import { gradient } from './gradient.js';

/**
 * The symbolic gradient (fluxion's `gradient`, each entry simplified) compiled together with the value as one
 * program, so whatever the entries have in common is computed once. It is called like compileGradient and gives
 * the same numbers; the benchmark sets the two side by side, symbolic against reverse mode.
 * Example: compileSymbolicGradient('x^2 * y', ['x', 'y'])(3, 2) is { value: 18, gradient: [12, 9] }.
 */
export function compileSymbolicGradient(e: Expr | string, vars: string | readonly string[], options: CompileOptions = {}): CompiledGradient {
  const names = varList(vars);
  const f = toExpr(e);
  const program = lowerAll([f, ...gradient(f, names)], names, options.primitives ?? PRIMITIVES);
  return gradientFunction(program, names, options);
}
