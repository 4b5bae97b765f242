import type { Expr } from '../ast/expr.js';
import { callable } from './callable.js';
import { lower } from './lower.js';
import type { Program } from './program.js';
import { PRIMITIVES, type PrimitiveTable } from './primitives.js';
import { toExpr, varList } from './toExpr.js';

export type CompileOptions = {
  /** false: run the flattened program in the table runner instead of generating JavaScript (same results). */
  readonly codegen?: boolean;
  /** Another primitives table (tests plant wrong rows this way). */
  readonly primitives?: PrimitiveTable;
};

/** A compiled expression: call it with one number per variable, in the order of `vars`. */
export type CompiledFunction = ((...xs: number[]) => number) & {
  /** The same function taking the inputs as one array (for very many variables). */
  readonly array: (xs: ArrayLike<number>) => number;
  readonly vars: readonly string[];
  /** The flattened program (common subexpressions once), shared with forward and reverse mode. */
  readonly program: Program;
  /** The generated JavaScript, when code was generated. */
  readonly source?: string;
};

/**
 * Compiles an expression to a fast float function of `vars`. Float semantics are IEEE-754 as in JavaScript:
 * 1/0 is Infinity, log(0) is -Infinity, sqrt(-1) is NaN. Unknown functions and unevaluated heads (D, Limit,
 * Integral, ...) are a FluxionError, as is a free variable missing from `vars`.
 * Example: compile('x^2 + y', ['x', 'y'])(3, 1) === 10.
 */
export function compile(e: Expr | string, vars: string | readonly string[], options: CompileOptions = {}): CompiledFunction {
  const names = varList(vars);
  const program = lower(toExpr(e), names, options.primitives ?? PRIMITIVES);
  const made = callable(program, 'value', options.codegen !== false);
  return Object.assign(made.spread, { array: made.array, vars: names, program, source: made.source });
}
