import { FluxionError } from '../errors.js';
import {
  CHUNKED_STATEMENTS,
  type Callable,
  type GradientBuffer,
  type GradientResult,
  STRAIGHT_LINE_STATEMENTS,
  generate,
  statementCount,
} from './codegen.js';
import type { Program } from './program.js';
import { tableRunner } from './tableRunner.js';
import { generateChunked } from './chunkedCodegen.js';
import { generateRolled } from './rolledCodegen.js';

/**
 * The fastest callable form of a program: generated straight-line code when allowed and small enough for V8 to
 * optimise; for larger ones, loops over their repeated structure when that makes the code small, else straight-line
 * code cut into chunks when medium-sized, otherwise the table runner. Both compute the same bits (same operations in the same order).
 * Example: callable(lower(parse('x+1'), ['x']), 'value', true).spread(2) === 3.
 */
export function callable(p: Program, shape: 'value', codegen: boolean): Callable<number>;
export function callable(p: Program, shape: 'gradient', codegen: boolean): Callable<GradientResult>;
export function callable(p: Program, shape: 'value' | 'gradient', codegen: boolean): Callable<unknown> {
  const statements = codegen ? statementCount(p) : Infinity;
  // Too long for one optimised function: loops over its repeated structure first, when it has enough of it.
  if (codegen && statements > STRAIGHT_LINE_STATEMENTS) {
    const rolled = shape === 'value' ? generateRolled(p, 'value') : generateRolled(p, 'gradient');
    if (rolled) return rolled;
  }
  if (statements <= CHUNKED_STATEMENTS) {
    const small = statements <= STRAIGHT_LINE_STATEMENTS;
    const generated = shape === 'value'
      ? (small ? generate(p, 'value') : generateChunked(p, 'value'))
      : (small ? generate(p, 'gradient') : generateChunked(p, 'gradient'));
    if (generated) return generated;
  }
  const runner = tableRunner(p);
  const [valueOut, ...gradientOut] = p.outputs;
  const check = (xs: ArrayLike<number>) => {
    if (xs.length !== p.inputCount) throw new FluxionError(`the compiled function takes ${p.inputCount} argument(s), not ${xs.length}`);
  };
  if (shape === 'value') {
    const array = (xs: ArrayLike<number>): number => {
      check(xs);
      return runner.run(xs)[valueOut!]!;
    };
    return { spread: (...xs: number[]) => array(xs), array };
  }
  const into = (xs: ArrayLike<number>, gradient: GradientBuffer): number => {
    check(xs);
    if (gradient.length !== gradientOut.length) throw new FluxionError(`the gradient buffer needs ${gradientOut.length} entries, not ${gradient.length}`);
    const values = runner.run(xs);
    for (let i = 0; i < gradientOut.length; i++) gradient[i] = values[gradientOut[i]!]!;
    return values[valueOut!]!;
  };
  const array = (xs: ArrayLike<number>): GradientResult => {
    check(xs);
    const values = runner.run(xs);
    // Preallocated as packed doubles (fill with a non-integer), then overwritten: measured faster than push,
    // Array.from or a sparse new Array(n) for 10^5 entries.
    const gradient = new Array<number>(gradientOut.length).fill(NaN);
    for (let i = 0; i < gradientOut.length; i++) gradient[i] = values[gradientOut[i]!]!;
    return { value: values[valueOut!]!, gradient };
  };
  return { spread: (...xs: number[]) => array(xs), array, into };
}
