import type { Expr } from '../ast/expr.js';
import { FluxionError } from '../errors.js';
import type { CompileOptions } from './compile.js';
import { forward } from './forward.js';
import { gradientProgram } from './gradientProgram.js';
import { lower } from './lower.js';
import { PRIMITIVES } from './primitives.js';
import { toExpr, varList } from './toExpr.js';

/** H(x)·v for the Hessian H of an expression; `xs` and `v` have one entry per variable. */
export type HessianVectorProduct = (xs: ArrayLike<number>, v: ArrayLike<number>) => number[];

/**
 * A Hessian-vector product by forward-over-reverse: reverse mode builds the gradient program, and one forward
 * (dual-number) sweep over it along v gives the directional derivative of the gradient, which is H·v, without
 * ever forming H (cost: a small constant times one gradient).
 * Example: hessianVectorProduct('x^2 * y', ['x', 'y'])([1, 2], [1, 0]) is [4, 2].
 */
export function hessianVectorProduct(e: Expr | string, vars: string | readonly string[], options: CompileOptions = {}): HessianVectorProduct {
  const names = varList(vars);
  const table = options.primitives ?? PRIMITIVES;
  const program = gradientProgram(lower(toExpr(e), names, table), table);
  const gradientOut = program.outputs.slice(1);
  return (xs, v) => {
    if (xs.length !== names.length || v.length !== names.length) {
      throw new FluxionError(`the Hessian-vector product takes ${names.length} coordinates for the point and for v`);
    }
    const { tangents } = forward(program, xs, v, table);
    return gradientOut.map((o) => tangents[o]!);
  };
}
