import { powFloat } from './algebra.js';
import type { Instr } from './program.js';

/**
 * The float meaning of one instruction, given its operand values. Sums and products run left to right, the
 * order the generated code uses, so the interpreter, constant folding and compiled code agree to the last bit.
 * Example: applyFloat({ op: 'add', args: [0, 1], value: 0 }, [1, 2]) === 3.
 */
export function applyFloat(instr: Instr, vals: readonly number[]): number {
  switch (instr.op) {
    case 'const':
      return instr.value;
    case 'input':
      throw new RangeError('an input has no operands to apply');
    case 'neg':
      return -vals[0]!;
    case 'add': {
      let s = vals[0]!;
      for (let i = 1; i < vals.length; i++) s += vals[i]!;
      return s;
    }
    case 'mul': {
      let s = vals[0]!;
      for (let i = 1; i < vals.length; i++) s *= vals[i]!;
      return s;
    }
    case 'sub':
      return vals[0]! - vals[1]!;
    case 'div':
      return vals[0]! / vals[1]!;
    case 'pow':
      return powFloat(vals[0]!, vals[1]!);
    case 'call':
      return instr.fn!.value(...vals);
  }
}
