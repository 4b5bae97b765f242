import { floatAlgebra } from './floatAlgebra.js';
import { localPartials } from './gradientProgram.js';
import { runProgram } from './interpret.js';
import type { Program } from './program.js';
import { PRIMITIVES, type PrimitiveTable } from './primitives.js';

export type ForwardResult = {
  /** Every instruction's value. */
  readonly values: Float64Array;
  /** Every instruction's tangent: its derivative along the input direction. */
  readonly tangents: Float64Array;
};

/**
 * Forward mode with dual numbers: each instruction carries (value, tangent) and the tangent follows the chain
 * rule with the local partials of the primitives table. A zero tangent is treated as an exact zero (the operand
 * is constant along the direction), so a partial that is infinite or undefined there does not turn into NaN.
 * Example: forward(lower(parse('x*y'), ['x', 'y']), [3, 4], [1, 0]).tangents ends with 4 (∂/∂x of x·y).
 */
export function forward(p: Program, xs: ArrayLike<number>, direction: ArrayLike<number>, table: PrimitiveTable = PRIMITIVES): ForwardResult {
  const values = runProgram(p, xs);
  const tangents = new Float64Array(p.instrs.length);
  const F = floatAlgebra(table);
  p.instrs.forEach((ins, i) => {
    const args = ins.args;
    switch (ins.op) {
      case 'const':
        return;
      case 'input':
        tangents[i] = direction[ins.value]!;
        return;
      case 'add': {
        let t = 0;
        for (const a of args) t += tangents[a]!;
        tangents[i] = t;
        return;
      }
      case 'mul': {
        // (p, dp) ← (p·v, dp·v + p·dv), factor by factor, in the order the value was computed.
        let prod = values[args[0]!]!;
        let t = tangents[args[0]!]!;
        for (let j = 1; j < args.length; j++) {
          const v = values[args[j]!]!;
          const dv = tangents[args[j]!]!;
          t = times(t, v) + times(prod, dv);
          prod *= v;
        }
        tangents[i] = t;
        return;
      }
      default: {
        const partials = localPartials(ins);
        const argValues = args.map((a) => values[a]!);
        let t = 0;
        args.forEach((a, j) => {
          const dv = tangents[a]!;
          if (dv !== 0) t += dv * partials[j]!(F, argValues, values[i]!);
        });
        tangents[i] = t;
      }
    }
  });
  return { values, tangents };
}

/** a·b where an exact zero wins (a symbolic zero: 0·∞ is 0 here, not NaN). */
const times = (a: number, b: number): number => (a === 0 || b === 0 ? 0 : a * b);

/**
 * The full gradient by forward mode: one dual-number sweep per variable (n sweeps; reverse mode needs one).
 * Example: forwardGradient(lower(parse('x*y'), ['x', 'y']), [3, 4]) is [4, 3].
 */
export function forwardGradient(p: Program, xs: ArrayLike<number>, table: PrimitiveTable = PRIMITIVES): number[] {
  const out = p.outputs[0]!;
  return Array.from({ length: p.inputCount }, (_x, k) => {
    const direction = new Float64Array(p.inputCount);
    direction[k] = 1;
    return forward(p, xs, direction, table).tangents[out]!;
  });
}
