import type { Primitive } from './primitives.js';

/**
 * A straight-line program: the tree flattened into instructions in dependency order, each computed once. It is
 * what every numeric path runs: the code generator, the interpreter, forward mode (dual numbers) and reverse mode.
 * Operands are indices of earlier instructions. `const` keeps its number in `value`; `input` keeps its argument
 * slot in `value`; `call` keeps its primitive row in `fn`.
 */
export type Op = 'const' | 'input' | 'neg' | 'add' | 'sub' | 'mul' | 'div' | 'pow' | 'call';

export type Instr = {
  readonly op: Op;
  readonly args: readonly number[];
  readonly value: number;
  readonly fn?: Primitive;
};

export type Program = {
  /** Number of argument slots (the compiled function's parameters). */
  readonly inputCount: number;
  readonly instrs: readonly Instr[];
  /** Instructions whose values are the results (one for a value, 1 + n for value and gradient). */
  readonly outputs: readonly number[];
};

/** Number of instructions, inputs and constants included. Example: programSize(lower(parse('x*x'), ['x'])) is 2. */
export const programSize = (p: Program): number => p.instrs.length;

/**
 * Drops instructions no output needs and renumbers the rest (order kept). Building derivatives can leave a few
 * such instructions behind (a partial that folded away); pruning keeps generated code minimal.
 * Example: prune of a program whose only output is its input leaves one instruction.
 */
export function prune(p: Program): Program {
  const needed = new Uint8Array(p.instrs.length);
  for (const o of p.outputs) needed[o] = 1;
  for (let i = p.instrs.length - 1; i >= 0; i--) {
    if (needed[i]) for (const a of p.instrs[i]!.args) needed[a] = 1;
  }
  const renumber = new Int32Array(p.instrs.length).fill(-1);
  const instrs: Instr[] = [];
  p.instrs.forEach((ins, i) => {
    if (!needed[i]) return;
    renumber[i] = instrs.length;
    instrs.push(ins.args.length ? { ...ins, args: ins.args.map((a) => renumber[a]!) } : ins);
  });
  return { inputCount: p.inputCount, instrs, outputs: p.outputs.map((o) => renumber[o]!) };
}

/**
 * Rewrites sums and products of more than `max` operands as chains of at most `max` operands each
 * (a1 + … + a2000 becomes ((a1 + … + a512) + a513 + … ) + …), which keeps the strict left-to-right order and so
 * the exact bits, while bounding the size of any one generated statement group. Other instructions are kept.
 * Example: splitWide(p, 512) of a 100,000-term sum has about 196 add instructions.
 */
export function splitWide(p: Program, max: number): Program {
  if (!p.instrs.some((ins) => (ins.op === 'add' || ins.op === 'mul') && ins.args.length > max)) return p;
  const renumber = new Int32Array(p.instrs.length);
  const instrs: Instr[] = [];
  p.instrs.forEach((ins, i) => {
    const args = ins.args.map((a) => renumber[a]!);
    if ((ins.op === 'add' || ins.op === 'mul') && args.length > max) {
      let acc = instrs.push({ op: ins.op, args: args.slice(0, max), value: 0 }) - 1;
      for (let k = max; k < args.length; k += max - 1) {
        acc = instrs.push({ op: ins.op, args: [acc, ...args.slice(k, k + max - 1)], value: 0 }) - 1;
      }
      renumber[i] = acc;
      return;
    }
    renumber[i] = instrs.push(args.length ? { ...ins, args } : ins) - 1;
  });
  return { inputCount: p.inputCount, instrs, outputs: p.outputs.map((o) => renumber[o]!) };
}
