import { powFloat } from './algebra.js';
import type { Program } from './program.js';

/**
 * Runs a Program on float inputs without generating code (for places where `new Function` is not allowed, and as
 * the reference the generated code is tested against). Returns every instruction's value.
 * Example: runProgram(lower(parse('x*y'), ['x', 'y']), [3, 4]) ends with 12.
 */
export function runProgram(p: Program, xs: ArrayLike<number>, values = new Float64Array(p.instrs.length)): Float64Array {
  const instrs = p.instrs;
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i]!;
    const a = ins.args;
    switch (ins.op) {
      case 'const':
        values[i] = ins.value;
        break;
      case 'input':
        values[i] = xs[ins.value]!;
        break;
      case 'neg':
        values[i] = -values[a[0]!]!;
        break;
      case 'add': {
        let s = values[a[0]!]!;
        for (let j = 1; j < a.length; j++) s += values[a[j]!]!;
        values[i] = s;
        break;
      }
      case 'mul': {
        let s = values[a[0]!]!;
        for (let j = 1; j < a.length; j++) s *= values[a[j]!]!;
        values[i] = s;
        break;
      }
      case 'sub':
        values[i] = values[a[0]!]! - values[a[1]!]!;
        break;
      case 'div':
        values[i] = values[a[0]!]! / values[a[1]!]!;
        break;
      case 'pow':
        values[i] = powFloat(values[a[0]!]!, values[a[1]!]!);
        break;
      case 'call':
        values[i] = a.length === 1 ? ins.fn!.value(values[a[0]!]!) : ins.fn!.value(...Array.from(a, (j) => values[j]!));
        break;
    }
  }
  return values;
}
