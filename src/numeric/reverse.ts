import { floatAlgebra } from './floatAlgebra.js';
import { activeInstructions, inputInstructions, localPartials } from './gradientProgram.js';
import { runProgram } from './interpret.js';
import type { Program } from './program.js';
import { PRIMITIVES, type PrimitiveTable } from './primitives.js';

/**
 * Reverse mode on a tape, micrograd-style: run the program forward recording every value, then sweep the tape
 * backwards once, each instruction pushing its adjoint times its local partials into its operands' adjoints.
 * This interprets the tape directly; compileGradient generates the same sweep as code, and the two are checked
 * against each other. Instructions whose adjoint is exactly zero push nothing.
 * Example: reverse(lower(parse('x*y'), ['x', 'y']), [3, 4]) is { value: 12, gradient: [4, 3] }.
 */
export function reverse(p: Program, xs: ArrayLike<number>, table: PrimitiveTable = PRIMITIVES): { value: number; gradient: number[] } {
  const values = runProgram(p, xs);
  const adjoints = new Float64Array(p.instrs.length);
  const active = activeInstructions(p);
  const F = floatAlgebra(table);
  const out = p.outputs[0]!;
  adjoints[out] = 1;
  for (let i = out; i >= 0; i--) {
    const adj = adjoints[i]!;
    if (adj === 0) continue;
    const ins = p.instrs[i]!;
    const args = ins.args;
    switch (ins.op) {
      case 'const':
      case 'input':
        break;
      case 'add':
        for (const a of args) adjoints[a] = adjoints[a]! + adj;
        break;
      case 'mul': {
        // ∂/∂aj = product of the other factors, from prefix and suffix products.
        const k = args.length;
        const suffix = new Float64Array(k + 1);
        suffix[k] = 1;
        for (let j = k - 1; j >= 0; j--) suffix[j] = values[args[j]!]! * suffix[j + 1]!;
        let prefix = 1;
        for (let j = 0; j < k; j++) {
          const a = args[j]!;
          if (active[a]) adjoints[a] = adjoints[a]! + adj * prefix * suffix[j + 1]!;
          prefix *= values[a]!;
        }
        break;
      }
      default: {
        const partials = localPartials(ins);
        const argValues = args.map((a) => values[a]!);
        args.forEach((a, j) => {
          if (active[a]) adjoints[a] = adjoints[a]! + adj * partials[j]!(F, argValues, values[i]!);
        });
      }
    }
  }
  const inputs = inputInstructions(p);
  const gradient = Array.from({ length: p.inputCount }, (_x, slot) => {
    const id = inputs.get(slot);
    return id === undefined ? 0 : adjoints[id]!;
  });
  return { value: values[out]!, gradient };
}
