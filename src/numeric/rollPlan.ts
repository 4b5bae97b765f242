import type { Program } from './program.js';

/**
 * Loop rerolling, the analysis half: large programs are usually large because one small formula repeats with other
 * inputs and constants (the terms cᵢ·wᵢ of a loss, their adjoints t·cᵢ). Straight-line code for them passes the
 * size up to which V8 optimises a function; a loop over index arrays stays small whatever n is. This module finds
 * the repetition; rolledCodegen.ts writes the loops. Every instruction still computes the same operations on the
 * same operands (sums and products stay left to right), so the bits equal the table runner's.
 */

/** Single-use operations are written inside their user's expression up to this many nodes. */
const INLINE_NODES = 12;
/** Operations with more operands than this are reductions (a loop over their operand list), never inlined. */
export const WIDE = 8;

/** One step of the rolled program, in execution order. */
export type RollStep =
  /** One statement: `v<id> = expression` (a wide sum or product becomes a reduction with loops inside). */
  | { readonly kind: 'one'; readonly id: number }
  /** Independent operations of one shape: a loop writes each into the value array. */
  | { readonly kind: 'map'; readonly ids: readonly number[] };

export type RollPlan = {
  /** 1 when the instruction is written inside its only user's expression (not a statement of its own). */
  readonly inline: Uint8Array;
  /** 1 when the instruction is needed only as an output (not the value): computed where the outputs are written. */
  readonly atOutput: Uint8Array;
  /**
   * Per instruction, its expression's shape: operations and leaf kinds ('c' constant, 'x' input, 'v' a value
   * computed elsewhere), with the actual constants, input slots and value ids left out. Equal shapes can share a loop.
   */
  readonly shape: readonly string[];
  readonly steps: readonly RollStep[];
};

/** The kind of an operand as a leaf of a shape. Example: leafKind(p, idOfConstant) is 'c'. */
export function leafKind(p: Program, inline: Uint8Array, id: number): 'c' | 'x' | 'v' | undefined {
  const op = p.instrs[id]!.op;
  if (op === 'const') return 'c';
  if (op === 'input') return 'x';
  return inline[id] ? undefined : 'v';
}

/**
 * The leaves of instruction `id`'s expression in a fixed order (depth first, operands left to right, through
 * inlined operations): the ids that fill a shape's holes.
 * Example: for c·x + v it lists [c, x, v].
 */
export function leavesOf(p: Program, plan: Pick<RollPlan, 'inline'>, id: number, out: number[] = []): number[] {
  for (const a of p.instrs[id]!.args) {
    if (leafKind(p, plan.inline, a) === undefined) leavesOf(p, plan, a, out);
    else out.push(a);
  }
  return out;
}

/**
 * Plans a program: which operations are inlined, the shape of each, and an execution order in which operations of
 * one shape at one dependency level form a loop when there are at least `minRun` of them.
 * Example: for Σ cᵢ·wᵢ the products are inlined into the sum, which is one step.
 */
export function rollPlan(p: Program, minRun: number): RollPlan {
  const n = p.instrs.length;
  const uses = new Uint32Array(n);
  for (const ins of p.instrs) for (const a of ins.args) uses[a]!++;
  const outputUses = new Uint32Array(n);
  for (const o of p.outputs) outputUses[o]!++;
  const inline = new Uint8Array(n);
  const atOutput = new Uint8Array(n);
  const size = new Uint32Array(n);
  const shape: string[] = new Array<string>(n).fill('');
  const level = new Uint32Array(n);
  const fnTags = new Map<unknown, number>();
  const tops: number[] = [];
  for (let id = 0; id < n; id++) {
    const ins = p.instrs[id]!;
    if (ins.op === 'const' || ins.op === 'input') continue;
    const wide = ins.args.length > WIDE;
    let nodes = 1;
    let lv = 0;
    const parts: string[] = [];
    for (const a of ins.args) {
      const kind = leafKind(p, inline, a);
      if (kind === undefined) {
        nodes += size[a]!;
        lv = Math.max(lv, level[a]!);
        parts.push(shape[a]!);
      } else {
        nodes++;
        if (kind === 'v') lv = Math.max(lv, level[a]!);
        parts.push(kind);
      }
    }
    size[id] = nodes;
    let tag: string = ins.op;
    if (ins.fn) {
      let t = fnTags.get(ins.fn);
      if (t === undefined) fnTags.set(ins.fn, (t = fnTags.size));
      tag = `f${t}`;
    }
    // A wide operation's shape is its own: it is a reduction, planned operand by operand when written.
    shape[id] = wide ? `#${id}` : `${tag}(${parts.join(',')})`;
    // A statement's level is 1 + the highest level among the values it reads (through inlined operations), so
    // statements of one level never depend on each other and may run in any order, or as one loop.
    if (!wide && uses[id] === 1 && !outputUses[id] && nodes <= INLINE_NODES) {
      inline[id] = 1;
      level[id] = lv;
    } else if (!wide && !uses[id] && id !== p.outputs[0] && nodes <= INLINE_NODES && (outputUses[id] === 1 || nodes <= 3)) {
      // Needed only as gradient entries: computed where they are written (again for each entry when shared,
      // which only one-operation expressions are: recomputing one is as cheap as reading it back).
      atOutput[id] = 1;
    } else {
      level[id] = lv + 1;
      tops.push(id);
    }
  }
  const groups = new Map<string, number[]>();
  const order: string[] = [];
  for (const id of tops) {
    const key = `${level[id]}|${shape[id]}`;
    const g = groups.get(key);
    if (g) g.push(id);
    else {
      groups.set(key, [id]);
      order.push(key);
    }
  }
  order.sort((a, b) => Number(a.slice(0, a.indexOf('|'))) - Number(b.slice(0, b.indexOf('|'))));
  const steps: RollStep[] = [];
  for (const key of order) {
    const ids = groups.get(key)!;
    if (ids.length >= minRun && !shape[ids[0]!]!.startsWith('#')) steps.push({ kind: 'map', ids });
    else for (const id of ids) steps.push({ kind: 'one', id });
  }
  return { inline, atOutput, shape, steps };
}
