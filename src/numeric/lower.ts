import type { Expr } from '../ast/expr.js';
import { memoFold } from '../ast/memoFold.js';
import { RESERVED_HEADS } from '../ast/operators.js';
import { FluxionError } from '../errors.js';
import { type Program, prune } from './program.js';
import { ProgramBuilder } from './programBuilder.js';
import { PRIMITIVES, type PrimitiveTable, primitiveFor } from './primitives.js';
import { oddRootExponent, oddRootSign } from './realRoot.js';
import { ratToNumber } from './ratToNumber.js';

/** Float values of the reserved constants. `undefined` (a limit that does not exist) is NaN. */
const CONSTANT_VALUES: ReadonlyMap<string, number> = new Map([
  ['pi', Math.PI],
  ['e', Math.E],
  ['oo', Infinity],
  ['undefined', NaN],
]);

/**
 * Flattens a tree into a Program over the variables `vars` (argument slot i is vars[i]). Equal subtrees become
 * one instruction. Names never become code: variables are slots, functions are rows of the
 * primitives table, constants are numbers. Iterative, so 100,000-deep trees are fine.
 * Example: lower(parse('sin(x)^2 + sin(x)'), ['x']) computes sin(x) once.
 */
export function lower(root: Expr, vars: readonly string[], table: PrimitiveTable = PRIMITIVES): Program {
  return lowerAll([root], vars, table);
}

/**
 * Several trees as one Program with one output each, in order: a subexpression they share is computed once for
 * all of them.
 * Example: lowerAll([parse('2x(x + y)'), parse('2y(x + y)')], ['x', 'y']) computes x + y once.
 */
export function lowerAll(roots: readonly Expr[], vars: readonly string[], table: PrimitiveTable = PRIMITIVES): Program {
  const slots = slotsOf(vars);
  const b = new ProgramBuilder(vars.length, table);
  // Shared node objects are lowered once (identity memo); structurally equal but separate subtrees meet in the
  // builder's value numbering, which is the structural key computed on the program itself.
  const memo = new Map<Expr, number>();
  for (const root of roots) memoFold(root, (node, ids) => emit(b, node, ids, slots, table), memo);
  return prune(b.build(roots.map((r) => memo.get(r)!)));
}

/** Variable name → argument slot; duplicates are an error (which slot would win?). */
export function slotsOf(vars: readonly string[]): Map<string, number> {
  const slots = new Map<string, number>();
  vars.forEach((v, i) => {
    if (slots.has(v)) throw new FluxionError(`the variable ${JSON.stringify(v)} is listed twice`);
    slots.set(v, i);
  });
  return slots;
}

function emit(b: ProgramBuilder, node: Expr, ids: readonly number[], slots: Map<string, number>, table: PrimitiveTable): number {
  switch (node.kind) {
    case 'num':
      return b.constant(ratToNumber(node.value));
    case 'sym': {
      const slot = slots.get(node.name);
      if (slot !== undefined) return b.input(slot);
      const c = CONSTANT_VALUES.get(node.name);
      if (c !== undefined) return b.constant(c);
      throw new FluxionError(
        `the variable ${JSON.stringify(node.name)} has no value: list it among the variables [${[...slots.keys()].map((s) => JSON.stringify(s)).join(', ')}]`,
      );
    }
    case 'neg':
      return b.neg(ids[0]!);
    case 'add':
      return b.add(ids);
    case 'mul':
      return b.mul(ids);
    case 'sub':
      return b.sub(ids[0]!, ids[1]!);
    case 'div':
      return b.div(ids[0]!, ids[1]!);
    case 'pow': {
      const odd = oddRootExponent(node.exp);
      if (!odd) return b.pow(ids[0]!, ids[1]!);
      // The real root (src/numeric/realRoot.ts): |x|^(p/q), times sign(x) when p is odd. Forward and reverse mode
      // differentiate this form, which is the real root's derivative for x ≠ 0.
      const abs = primitiveFor('abs', 1, table)!;
      const magnitude = b.pow(b.call(abs, [ids[0]!]), ids[1]!);
      return oddRootSign(odd.p) > 0 ? magnitude : b.mul([b.call(primitiveFor('sign', 1, table)!, [ids[0]!]), magnitude]);
    }
    case 'call': {
      const row = primitiveFor(node.fn, ids.length, table);
      if (row) return b.call(row, ids);
      throw new FluxionError(numericCallProblem(node.fn, ids.length));
    }
  }
}

/** Why a call has no numeric value: a reserved head left unevaluated, or a function fluxion does not know. */
export function numericCallProblem(fn: string, arity: number): string {
  const name = JSON.stringify(fn);
  if (RESERVED_HEADS.includes(fn)) {
    return `${name} is an unevaluated ${fn === 'D' ? 'derivative' : fn === 'Integral' ? 'integral' : fn === 'Limit' ? 'limit' : 'form'} and has no numeric value; compute it symbolically first`;
  }
  return `${name} with ${arity} argument(s) is not a function with a numeric value (only the elementary functions are)`;
}
