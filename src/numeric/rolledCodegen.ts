import { FluxionError } from '../errors.js';
import { powFloat } from './algebra.js';
import { type Callable, type GradientResult, type Into, STRAIGHT_LINE_STATEMENTS, functionSlots, literal } from './codegen.js';
import type { Program } from './program.js';
import { WIDE, leafKind, leavesOf, rollPlan } from './rollPlan.js';

/** Fewer repetitions than this are written out: a loop and its index arrays would cost more than they save. */
const MIN_RUN = 8;
/** Operands per line when a long sum is written out. */
const GROUP = 32;
/**
 * V8 optimises a function only below about 60 KB of bytecode, and generated code compiles to about two bytes of
 * bytecode per character of source (measured): a rolled body longer than this falls back to the other code paths.
 */
const BODY_CHARACTERS = 24_000;
/** A leaf standing for the constant 1 that no instruction holds (a bare term u read as 1·u). */
const ONE = -1;

/**
 * Code generation for large programs with repeated structure (rollPlan.ts): operations of one shape become a loop
 * that reads its inputs, constants and values through index arrays, and long sums and products accumulate their
 * runs of same-shaped terms in loops, left to right. The code then has a few statements per distinct shape instead
 * of one per operation, so V8 optimises it whatever n is. Values computed in loops live in one Float64Array, which
 * makes the closure non-re-entrant (primitives never call back into it). Undefined when the program does not roll
 * up small enough, or where code generation is forbidden: the caller falls back to the other code paths.
 * Names never reach the source: index arrays and constants are data, every identifier is generated.
 * Example: generateRolled(lower(parse(linearLoss), ws), 'value')!.array(xs).
 */
export function generateRolled(p: Program, shape: 'value'): Callable<number> | undefined;
export function generateRolled(p: Program, shape: 'gradient'): Callable<GradientResult> | undefined;
export function generateRolled(p: Program, shape: 'value' | 'gradient'): Callable<unknown> | undefined {
  const plan = rollPlan(p, MIN_RUN);
  const { fns, nameOf } = functionSlots();
  const tables: (Float64Array | Int32Array)[] = [];
  const addTable = (t: Float64Array | Int32Array): string => `t${tables.push(t) - 1}`;
  /** `array[index k]`: consecutive indices (the common case: w1, w2, ...) need no index table. */
  const indexed = (array: string, indices: readonly number[]): string => {
    const start = indices[0]!;
    if (indices.every((v, k) => v === start + k)) return `${array}[${start} + k]`;
    return `${array}[${addTable(Int32Array.from(indices))}[k]]`;
  };
  const inV = new Uint8Array(p.instrs.length);
  const stored = new Uint8Array(p.instrs.length);
  const lines: string[] = [];

  const ref = (id: number): string => {
    if (id === ONE) return '1';
    const ins = p.instrs[id]!;
    if (ins.op === 'const') return literal(ins.value);
    if (ins.op === 'input') return `X[${ins.value}]`;
    return inV[id] ? `V[${id}]` : `v${id}`;
  };
  /** A value a loop reads by index must be in V: a straight-line local is copied there once. */
  const ensureV = (id: number): void => {
    if (inV[id] || stored[id] || p.instrs[id]!.op === 'const' || p.instrs[id]!.op === 'input') return;
    stored[id] = 1;
    lines.push(`V[${id}] = v${id};`);
  };
  /** Instruction `id` as one expression, inlined operands written inside, leaves written by `leaf`. */
  const expr = (id: number, leaf: (a: number) => string): string => {
    const ins = p.instrs[id]!;
    const a = ins.args.map((x) => (leafKind(p, plan.inline, x) === undefined ? expr(x, leaf) : leaf(x)));
    switch (ins.op) {
      case 'neg': return `(-${a[0]})`;
      case 'sub': return `(${a[0]} - ${a[1]})`;
      case 'div': return `(${a[0]} / ${a[1]})`;
      case 'pow': {
        // A square or cube of a leaf is spelled as products, as the straight-line generator does: V8 then needs
        // no call (powFloat computes exactly these products, so the bits are the same).
        const [base, exponent] = ins.args as [number, number];
        const e = p.instrs[exponent]!;
        if (isLeaf(base) && e.op === 'const' && (e.value === 2 || e.value === 3)) return `(${Array<string>(e.value).fill(a[0]!).join(' * ')})`;
        return `${nameOf(powFloat)}(${a[0]}, ${a[1]})`;
      }
      case 'call': return `${nameOf(ins.fn!.value)}(${a.join(', ')})`;
      case 'add': return `(${a.join(' + ')})`;
      case 'mul': return `(${a.join(' * ')})`;
      default: throw new Error(`internal: ${ins.op} is not an operation`);
    }
  };
  const isLeaf = (a: number): boolean => leafKind(p, plan.inline, a) !== undefined;
  /** An operand as a term: a leaf's own text, or its inlined expression. */
  const term = (a: number): string => (isLeaf(a) ? ref(a) : expr(a, ref));

  /**
   * One loop over same-shaped items, given the leaves of each (in the order `leavesOf` lists them) and a function
   * writing the shared body from leaf texts. Leaves equal in every item are written once; the others are read
   * through index arrays: constants from a Float64Array, input slots and value ids from Int32Arrays.
   */
  const loop = (leaves: readonly (readonly number[])[], body: (leaf: () => string) => string, statement: (body: string) => string): void => {
    const first = leaves[0]!;
    const texts = first.map((id0, pos) => {
      if (leaves.every((l) => l[pos] === id0)) return ref(id0);
      const column = leaves.map((l) => l[pos]!);
      const kind = id0 === ONE ? 'c' : leafKind(p, plan.inline, id0);
      if (kind === 'c') return `${addTable(Float64Array.from(column, (id) => (id === ONE ? 1 : p.instrs[id]!.value)))}[k]`;
      if (kind === 'x') return indexed('X', column.map((id) => p.instrs[id]!.value));
      column.forEach(ensureV);
      return indexed('V', column);
    });
    let pos = 0;
    const text = body(() => texts[pos++]!);
    lines.push(`for (let k = 0; k < ${leaves.length}; k++) ${statement(text)}`);
  };
  /**
   * Splits `items` (sum operands, gradient entries) into runs of one shape: `written(j, end)` writes items j..end−1
   * one by one, `looped(leaves, body)` as one loop. `expression(a)` says whether item a is computed from its
   * expression or is a value read as it is. An item u next to a run of c·u items (u of the same shape) joins the run
   * as 1·u (the same bits: 1·u is u exactly), so a coefficient that happens to be 1 does not split a loop.
   */
  const runs = (
    items: readonly number[],
    expression: (a: number) => boolean,
    written: (j: number, end: number) => void,
    looped: (leaves: number[][], body: (leaf: () => string) => string, j: number) => void,
  ): void => {
    const own = items.map((a) => (expression(a) ? plan.shape[a]! : leafKind(p, plan.inline, a) ?? 'v'));
    const shapes = own.slice();
    const one = new Uint8Array(items.length); // 1: read as 1·u, 2: as u·1
    own.forEach((k, j) => {
      for (const near of [own[j - 1], own[j + 1]]) {
        if (near === `mul(c,${k})` || near === `mul(${k},c)`) {
          shapes[j] = near;
          one[j] = near.startsWith('mul(c') ? 1 : 2;
          break;
        }
      }
    });
    const leavesAt = (q: number): number[] => {
      const a = items[q]!;
      const own = expression(a) ? leavesOf(p, plan, a) : [a];
      return one[q] === 1 ? [ONE, ...own] : one[q] === 2 ? [...own, ONE] : own;
    };
    for (let j = 0; j < items.length;) {
      let end = j + 1;
      while (end < items.length && shapes[end] === shapes[j]) end++;
      let rep = j;
      while (rep < end && one[rep]) rep++;
      if (end - j >= MIN_RUN && rep < end) {
        const a = items[rep]!;
        looped(Array.from({ length: end - j }, (_x, q) => leavesAt(j + q)), (leaf) => (expression(a) ? expr(a, leaf) : leaf()), j);
      } else {
        written(j, end);
      }
      j = end;
    }
  };

  /**
   * A wide sum or product, left to right; runs of same-shaped operands accumulate in loops. (Written out instead,
   * a thousand terms ran no faster and took V8's optimiser about a second on a busy machine; a loop compiles at once.)
   */
  const reduction = (id: number): void => {
    const ins = p.instrs[id]!;
    const sign = ins.op === 'add' ? '+' : '*';
    const args = ins.args;
    lines.push(`let v${id} = ${term(args[0]!)};`);
    let pending: string[] = [];
    const flush = (): void => {
      for (let k = 0; k < pending.length; k += GROUP) lines.push(`v${id} = v${id} ${sign} ${pending.slice(k, k + GROUP).join(` ${sign} `)};`);
      pending = [];
    };
    runs(args.slice(1), (a) => !isLeaf(a), (j, end) => {
      for (let q = j; q < end; q++) pending.push(term(args[q + 1]!));
    }, (leaves, body) => {
      flush();
      loop(leaves, body, (text) => `v${id} = v${id} ${sign} ${text};`);
    });
    flush();
  };

  for (const step of plan.steps) {
    if (step.kind === 'map') {
      const target = indexed('V', step.ids);
      loop(step.ids.map((id) => leavesOf(p, plan, id)), (leaf) => expr(step.ids[0]!, leaf), (body) => `${target} = ${body};`);
      for (const id of step.ids) inV[id] = 1;
    } else if (p.instrs[step.id]!.args.length > WIDE) {
      reduction(step.id);
    } else {
      lines.push(`const v${step.id} = ${expr(step.id, ref)};`);
    }
    if (lines.length > STRAIGHT_LINE_STATEMENTS) return undefined;
  }
  const [valueOut, ...gradientOut] = p.outputs;
  if (shape === 'gradient') {
    // Gradient entries are written by loops too, computing the entries needed nowhere else right there.
    const atOutput = (o: number): boolean => plan.atOutput[o] === 1;
    const entry = (o: number): string => (atOutput(o) ? expr(o, ref) : ref(o));
    runs(gradientOut, atOutput, (j, end) => {
      for (let q = j; q < end; q++) lines.push(`G[${q}] = ${entry(gradientOut[q]!)};`);
    }, (leaves, body, j) => loop(leaves, body, (text) => `G[${j} + k] = ${text};`));
  }
  if (lines.length > STRAIGHT_LINE_STATEMENTS || lines.reduce((sum, l) => sum + l.length + 1, 0) > BODY_CHARACTERS) return undefined;
  return assemble(p, shape, fns, tables, lines, ref(valueOut!));
}

/** The closure around the body: arity checks, the entry points, and for gradients one body per buffer kind. */
function assemble(
  p: Program,
  shape: 'value' | 'gradient',
  fns: readonly unknown[],
  tables: readonly (Float64Array | Int32Array)[],
  lines: readonly string[],
  value: string,
): Callable<unknown> | undefined {
  const n = p.inputCount;
  const m = p.outputs.length - 1;
  const head = [
    '"use strict";',
    ...fns.map((_f, k) => `const f${k} = F[${k}];`),
    ...tables.map((_t, k) => `const t${k} = T[${k}];`),
    `const V = new Float64Array(${p.instrs.length});`,
  ].join('\n');
  const body = lines.join('\n');
  const check = `if (X.length !== ${n}) A(X.length);`;
  // Two copies of the body for gradients: `array` always writes a fresh number array, `into` whatever buffer the
  // caller passes; separate functions keep each one's element accesses monomorphic. The fresh array is made with
  // new Array(m) and every entry written: measured faster than filling it first, from 10^3 to 10^5 entries.
  const source = shape === 'value'
    ? `${head}\nfunction array(X) {\n${check}\n${body}\nreturn ${value};\n}\nfunction spread(...X) { return array(X); }\nreturn [spread, array, undefined];`
    : `${head}\nfunction fresh(X, G) {\n${body}\nreturn ${value};\n}\nfunction given(X, G) {\n${body}\nreturn ${value};\n}\n`
      + `function into(X, G) {\n${check}\nif (G.length !== ${m}) B(G.length);\nreturn given(X, G);\n}\n`
      + `function array(X) {\n${check}\nconst G = new Array(${m});\nconst value = fresh(X, G);\nreturn { value, gradient: G };\n}\n`
      + 'function spread(...X) { return array(X); }\nreturn [spread, array, into];';
  const arityError = (got: number): never => {
    throw new FluxionError(`the compiled function takes ${n} argument(s), not ${got}`);
  };
  const bufferError = (got: number): never => {
    throw new FluxionError(`the gradient buffer needs ${m} entries, not ${got}`);
  };
  try {
    const made = new Function('F', 'T', 'A', 'B', source)(fns, tables, arityError, bufferError) as
      [(...xs: number[]) => unknown, (xs: ArrayLike<number>) => unknown, Into | undefined];
    return { spread: made[0], array: made[1], into: made[2], source };
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
