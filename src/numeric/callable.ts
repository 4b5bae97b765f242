import { FluxionError } from '../errors.js';
import { type Callable, type GradientResult, STRAIGHT_LINE_LIMIT, generate } from './codegen.js';
import type { Program } from './program.js';
import { tableRunner } from './tableRunner.js';

/**
 * The fastest callable form of a program: generated straight-line code when allowed and small enough to be
 * optimised, otherwise the table runner. Both compute the same bits (same operations in the same order).
 * Example: callable(lower(parse('x+1'), ['x']), 'value', true).spread(2) === 3.
 */
export function callable(p: Program, shape: 'value', codegen: boolean): Callable<number>;
export function callable(p: Program, shape: 'gradient', codegen: boolean): Callable<GradientResult>;
export function callable(p: Program, shape: 'value' | 'gradient', codegen: boolean): Callable<unknown> {
  if (codegen && p.instrs.length <= STRAIGHT_LINE_LIMIT) {
    const generated = shape === 'value' ? generate(p, 'value') : generate(p, 'gradient');
    if (generated) return generated;
  }
  const runner = tableRunner(p);
  const [valueOut, ...gradientOut] = p.outputs;
  const array = (xs: ArrayLike<number>): unknown => {
    if (xs.length !== p.inputCount) throw new FluxionError(`the compiled function takes ${p.inputCount} argument(s), not ${xs.length}`);
    const values = runner.run(xs);
    if (shape === 'value') return values[valueOut!]!;
    // push keeps a packed array of doubles; new Array(10^5) would start out sparse.
    const gradient: number[] = [];
    for (let i = 0; i < gradientOut.length; i++) gradient.push(values[gradientOut[i]!]!);
    return { value: values[valueOut!]!, gradient };
  };
  return { spread: (...xs: number[]) => array(xs), array };
}
