import type { Expr } from '../ast/expr.js';
import { callable } from './callable.js';
import type { GradientBuffer, GradientResult } from './codegen.js';
import type { CompileOptions } from './compile.js';
import { gradientProgram } from './gradientProgram.js';
import { lower } from './lower.js';
import type { Program } from './program.js';
import { PRIMITIVES } from './primitives.js';
import { toExpr, varList } from './toExpr.js';

export type { GradientBuffer, GradientResult };

/** A compiled gradient: call it with one number per variable; `gradient[i]` is ∂/∂vars[i]. */
export type CompiledGradient = ((...xs: number[]) => GradientResult) & {
  readonly array: (xs: ArrayLike<number>) => GradientResult;
  /** Writes the gradient into a buffer of one entry per variable and returns the value; allocates nothing. */
  readonly into: (xs: ArrayLike<number>, gradient: GradientBuffer) => number;
  readonly vars: readonly string[];
  /** The reverse-mode program: outputs [value, ∂/∂vars[0], ...]. */
  readonly program: Program;
  readonly source?: string;
};

/**
 * Compiles an expression's value and gradient together by reverse mode: one forward sweep, then one sweep of the
 * adjoints back through the program, generated as straight-line JavaScript. The cost is a small constant times
 * one evaluation however many variables there are.
 * Example: compileGradient('x^2 * y', ['x', 'y'])(3, 2) is { value: 18, gradient: [12, 9] }.
 */
export function compileGradient(e: Expr | string, vars: string | readonly string[], options: CompileOptions = {}): CompiledGradient {
  const names = varList(vars);
  const table = options.primitives ?? PRIMITIVES;
  return gradientFunction(gradientProgram(lower(toExpr(e), names, table), table), names, options);
}

/** A program whose outputs are [value, ∂/∂vars[0], ...] as a CompiledGradient (however the program was made). */
export function gradientFunction(program: Program, names: readonly string[], options: CompileOptions = {}): CompiledGradient {
  const made = callable(program, 'gradient', options.codegen !== false);
  return Object.assign(made.spread, { array: made.array, into: made.into!, vars: names, program, source: made.source });
}
