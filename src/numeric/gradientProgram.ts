import type { LocalPartial } from './algebra.js';
import { DIV_PARTIALS, NEG_PARTIALS, POW_PARTIALS, SUB_PARTIALS } from './arithmetic.js';
import { type Instr, type Program, prune } from './program.js';
import { ProgramBuilder } from './programBuilder.js';
import { PRIMITIVES, type PrimitiveTable } from './primitives.js';

/**
 * Reverse mode as a program transformation: appends to `p` the adjoint sweep (from the output back to the inputs,
 * each instruction visited once, the chain rule applied with the local partials of the primitives table) and
 * returns a program whose outputs are [value, ∂/∂input 0, ..., ∂/∂input n−1]. The builder's value numbering
 * reuses forward values inside partials (d exp(u) is exp(u)), and only instructions that depend on an input
 * receive adjoints, so the cost is a small constant times one evaluation.
 * Example: gradientProgram(lower(parse('x*y'), ['x', 'y'])) computes [x·y, y, x].
 */
export function gradientProgram(p: Program, table: PrimitiveTable = PRIMITIVES): Program {
  const b = ProgramBuilder.from(p, table);
  const A = b.algebra();
  const active = activeInstructions(p);
  const adjoint = new Map<number, number>();
  const accumulate = (target: number, contribution: number): void => {
    const previous = adjoint.get(target);
    adjoint.set(target, previous === undefined ? contribution : b.add([previous, contribution]));
  };
  const output = p.outputs[0]!;
  if (active[output]) adjoint.set(output, b.constant(1));
  for (let i = output; i >= 0; i--) {
    const adj = adjoint.get(i);
    if (adj === undefined) continue;
    const ins = p.instrs[i]!;
    const args = ins.args;
    if (ins.op === 'add') {
      for (const a of args) if (active[a]) accumulate(a, adj);
    } else if (ins.op === 'mul') {
      productAdjoints(b, args, adj, active, accumulate);
    } else if (ins.op !== 'const' && ins.op !== 'input') {
      const partials = localPartials(ins);
      args.forEach((a, j) => {
        if (active[a]) accumulate(a, b.mul([adj, partials[j]!(A, args, i)]));
      });
    }
  }
  const inputs = inputInstructions(p);
  const gradient = Array.from({ length: p.inputCount }, (_x, slot) => {
    const id = inputs.get(slot);
    return id === undefined ? b.constant(0) : (adjoint.get(id) ?? b.constant(0));
  });
  return prune(b.build([output, ...gradient]));
}

/** The local partials of a unary, binary or call instruction. */
export function localPartials(ins: Instr): readonly LocalPartial[] {
  switch (ins.op) {
    case 'neg':
      return NEG_PARTIALS;
    case 'sub':
      return SUB_PARTIALS;
    case 'div':
      return DIV_PARTIALS;
    case 'pow':
      return POW_PARTIALS;
    case 'call':
      return ins.fn!.partials;
    default:
      throw new RangeError(`${ins.op} has no fixed list of partials`);
  }
}

/** For each instruction, whether its value depends on some input (only those need derivatives). */
export function activeInstructions(p: Program): boolean[] {
  const flags: boolean[] = [];
  for (const ins of p.instrs) flags.push(ins.op === 'input' || ins.args.some((a) => flags[a]));
  return flags;
}

/**
 * ∂(a1·…·ak)/∂aj is the product of the other factors: prefix and suffix products make that linear in k.
 * Two factors (the common case) need no extra products at all.
 */
function productAdjoints(
  b: ProgramBuilder,
  args: readonly number[],
  adj: number,
  active: readonly boolean[],
  accumulate: (target: number, contribution: number) => void,
): void {
  const k = args.length;
  // Only prefix[0..k−2] and suffix[1..k−1] are ever used.
  const prefix: number[] = [];
  const suffix: number[] = new Array<number>(k);
  for (let j = 0; j <= k - 2; j++) prefix.push(j === 0 ? args[0]! : b.mul([prefix[j - 1]!, args[j]!]));
  for (let j = k - 1; j >= 1; j--) suffix[j] = j === k - 1 ? args[j]! : b.mul([args[j]!, suffix[j + 1]!]);
  args.forEach((a, j) => {
    if (!active[a]) return;
    const others = [j > 0 ? prefix[j - 1]! : undefined, j < k - 1 ? suffix[j + 1]! : undefined].filter((x) => x !== undefined);
    accumulate(a, b.mul([adj, ...others]));
  });
}

/** Argument slot → the instruction that reads it (absent when the variable does not occur). */
export function inputInstructions(p: Program): Map<number, number> {
  const map = new Map<number, number>();
  p.instrs.forEach((ins, i) => {
    if (ins.op === 'input') map.set(ins.value, i);
  });
  return map;
}
