import { powFloat } from './algebra.js';
import type { Program } from './program.js';

/**
 * Runs a Program from typed arrays in one tight loop. This is the evaluator used where generated code would not
 * pay: with `{ codegen: false }`, and for very large programs, where straight-line code executes each line once
 * per call and so never leaves V8's bytecode interpreter, while this loop is hot and gets optimised.
 * Values live in one Float64Array per runner (constants written once), so a runner is not re-entrant; the
 * primitives never call back into compiled code, so nothing re-enters it.
 */
export type TableRunner = {
  /** Runs the program and returns the value of every instruction (the runner's own array: copy what you keep). */
  readonly run: (xs: ArrayLike<number>) => Float64Array;
};

const INPUT = 0, NEG = 1, ADD2 = 2, SUB = 3, MUL2 = 4, DIV = 5, POW = 6, SQUARE = 7, ADDN = 8, MULN = 9, CALL1 = 10, CALLN = 11;

/** Prepares a runner. Example: tableRunner(lower(parse('x*y'), ['x', 'y'])).run([3, 4]) ends with 12. */
export function tableRunner(p: Program): TableRunner {
  const n = p.instrs.length;
  const values = new Float64Array(n);
  const executable = p.instrs.filter((ins) => ins.op !== 'const').length;
  const op = new Uint8Array(executable);
  const dst = new Int32Array(executable);
  const a = new Int32Array(executable);
  const b = new Int32Array(executable);
  const pool: number[] = [];
  const fns: ((...xs: number[]) => number)[] = [];
  const fnIndex = new Map<(...xs: number[]) => number, number>();
  let k = 0;
  p.instrs.forEach((ins, i) => {
    if (ins.op === 'const') {
      values[i] = ins.value;
      return;
    }
    dst[k] = i;
    const args = ins.args;
    const nary = (two: number, many: number) => {
      if (args.length === 2) {
        op[k] = two;
        a[k] = args[0]!;
        b[k] = args[1]!;
      } else {
        op[k] = many;
        a[k] = pool.length;
        b[k] = args.length;
        for (const x of args) pool.push(x);
      }
    };
    switch (ins.op) {
      case 'input':
        op[k] = INPUT;
        a[k] = ins.value;
        break;
      case 'neg':
        op[k] = NEG;
        a[k] = args[0]!;
        break;
      case 'sub':
      case 'div':
        op[k] = ins.op === 'sub' ? SUB : DIV;
        a[k] = args[0]!;
        b[k] = args[1]!;
        break;
      case 'pow': {
        const exponent = p.instrs[args[1]!]!;
        op[k] = exponent.op === 'const' && exponent.value === 2 ? SQUARE : POW;
        a[k] = args[0]!;
        b[k] = args[1]!;
        break;
      }
      case 'add':
        nary(ADD2, ADDN);
        break;
      case 'mul':
        nary(MUL2, MULN);
        break;
      case 'call': {
        const f = ins.fn!.value;
        let fi = fnIndex.get(f);
        if (fi === undefined) {
          fi = fns.length;
          fns.push(f);
          fnIndex.set(f, fi);
        }
        if (args.length === 1) {
          op[k] = CALL1;
          a[k] = args[0]!;
          b[k] = fi;
        } else {
          op[k] = CALLN;
          a[k] = pool.length;
          b[k] = fi;
          pool.push(args.length);
          for (const x of args) pool.push(x);
        }
        break;
      }
    }
    k++;
  });
  const operands = Int32Array.from(pool);
  const run = (xs: ArrayLike<number>): Float64Array => {
    const V = values;
    for (let j = 0; j < executable; j++) {
      const d = dst[j]!;
      switch (op[j]) {
        case INPUT: V[d] = xs[a[j]!]!; break;
        case NEG: V[d] = -V[a[j]!]!; break;
        case ADD2: V[d] = V[a[j]!]! + V[b[j]!]!; break;
        case SUB: V[d] = V[a[j]!]! - V[b[j]!]!; break;
        case MUL2: V[d] = V[a[j]!]! * V[b[j]!]!; break;
        case DIV: V[d] = V[a[j]!]! / V[b[j]!]!; break;
        case SQUARE: { const x = V[a[j]!]!; V[d] = x * x; break; }
        case POW: V[d] = powFloat(V[a[j]!]!, V[b[j]!]!); break;
        case ADDN: {
          const start = a[j]!, end = start + b[j]!;
          let s = V[operands[start]!]!;
          for (let q = start + 1; q < end; q++) s += V[operands[q]!]!;
          V[d] = s;
          break;
        }
        case MULN: {
          const start = a[j]!, end = start + b[j]!;
          let s = V[operands[start]!]!;
          for (let q = start + 1; q < end; q++) s *= V[operands[q]!]!;
          V[d] = s;
          break;
        }
        case CALL1: V[d] = fns[b[j]!]!(V[a[j]!]!); break;
        case CALLN: {
          const start = a[j]!, count = operands[start]!;
          const args: number[] = [];
          for (let q = 1; q <= count; q++) args.push(V[operands[start + q]!]!);
          V[d] = fns[b[j]!]!(...args);
          break;
        }
      }
    }
    return V;
  };
  return { run };
}
