import { FluxionError } from '../errors.js';
import type { Callable, GradientResult, Into } from './codegen.js';
import { functionSlots, instructionLines, literal } from './codegen.js';
import { type Program, splitWide } from './program.js';

/** Statements per generated chunk, stored values included: small enough for V8 to optimise each function. */
export const CHUNK_STATEMENTS = 400;

/**
 * Code generation for large programs: the straight-line code is cut into functions of at most CHUNK_STATEMENTS
 * statements. Inside a chunk values are locals; a value needed by a later chunk (or as an output) is also stored
 * in one Float64Array shared by the chunks. Names never reach the source, exactly as in `generate`.
 * The array makes a compiled function non-re-entrant, which is safe: primitives never call back into it.
 * Example: generateChunked(lower(bigSum, names), 'value')!.array(xs).
 */
export function generateChunked(p: Program, shape: 'value'): Callable<number> | undefined;
export function generateChunked(p: Program, shape: 'gradient'): Callable<GradientResult> | undefined;
export function generateChunked(program: Program, shape: 'value' | 'gradient'): Callable<unknown> | undefined {
  // A 100,000-term sum would otherwise be one chunk far too large to optimise.
  const p = splitWide(program, 512);
  const n = p.inputCount;
  const { fns, nameOf } = functionSlots();
  // Which chunk computes each instruction; constants and inputs are written inline and belong to none.
  const chunkOf = new Int32Array(p.instrs.length).fill(-1);
  let chunk = 0;
  let statements = 0;
  const outputUses = new Uint32Array(p.instrs.length);
  for (const o of p.outputs) outputUses[o]!++;
  p.instrs.forEach((ins, id) => {
    if (ins.op === 'const' || ins.op === 'input') return;
    const cost = (ins.op === 'add' || ins.op === 'mul' ? Math.ceil(ins.args.length / 32) : 1) + outputUses[id]!;
    if (statements > 0 && statements + cost > CHUNK_STATEMENTS) {
      chunk++;
      statements = 0;
    }
    chunkOf[id] = chunk;
    statements += cost;
  });
  const stored = new Uint8Array(p.instrs.length);
  p.instrs.forEach((ins, id) => {
    for (const a of ins.args) if (chunkOf[a]! >= 0 && chunkOf[a] !== chunkOf[id]) stored[a] = 1;
  });
  const [valueOut, ...gradientOut] = p.outputs;
  stored[valueOut!] = 1;
  // Gradient entries computed in a chunk are written to G right there (no trip through V).
  const gradientPositions = new Map<number, number[]>();
  gradientOut.forEach((o, k) => {
    if (chunkOf[o]! < 0) return;
    const list = gradientPositions.get(o);
    if (list) list.push(k);
    else gradientPositions.set(o, [k]);
  });
  const bodies: string[][] = Array.from({ length: chunk + 1 }, () => []);
  p.instrs.forEach((ins, id) => {
    const c = chunkOf[id]!;
    if (c < 0) return;
    const operand = (a: number): string => {
      const arg = p.instrs[a]!;
      if (arg.op === 'input') return `X[${arg.value}]`;
      if (arg.op === 'const') return literal(arg.value);
      return chunkOf[a] === c ? `v${a}` : `V[${a}]`;
    };
    const lines = instructionLines(p, id, operand, nameOf);
    bodies[c]!.push(...lines);
    if (stored[id]) bodies[c]!.push(`V[${id}] = v${id};`);
    for (const k of gradientPositions.get(id) ?? []) bodies[c]!.push(`G[${k}] = v${id};`);
  });
  // Outputs that are constants or inputs have no chunk: write them directly.
  const outputText = (o: number): string => {
    const ins = p.instrs[o]!;
    if (ins.op === 'const') return literal(ins.value);
    if (ins.op === 'input') return `X[${ins.value}]`;
    return `V[${o}]`;
  };
  const chunks = bodies.map((lines, k) => `function c${k}(X, G) {\n${lines.join('\n')}\n}`);
  // Gradient entries that are constants or inputs (computed by no chunk).
  const direct = gradientOut.flatMap((o, k) => (chunkOf[o]! < 0 ? [`G[${k}] = ${outputText(o)};`] : []));
  const outs: string[] = [];
  for (let k = 0; k < direct.length; k += CHUNK_STATEMENTS) {
    outs.push(`function g${outs.length}(X, G) {\n${direct.slice(k, k + CHUNK_STATEMENTS).join('\n')}\n}`);
  }
  const head = fns.map((_f, k) => `const f${k} = F[${k}];`).join('\n');
  const run = chunks.map((_c, k) => `c${k}(X, G);`).join('\n');
  const check = `if (X.length !== ${n}) A(X.length);`;
  const source = shape === 'value'
    ? `"use strict";\n${head}\nconst V = new Float64Array(${p.instrs.length});\n${chunks.join('\n')}\n`
      + `function array(X) {\n${check}\nconst G = undefined;\n${run}\nreturn ${outputText(valueOut!)};\n}\n`
      + `function spread(...X) { return array(X); }\nreturn [spread, array, undefined];`
    : `"use strict";\n${head}\nconst V = new Float64Array(${p.instrs.length});\n${chunks.join('\n')}\n${outs.join('\n')}\n`
      + `function into(X, G) {\n${check}\nif (G.length !== ${gradientOut.length}) B(G.length);\n${run}\n${outs.map((_o, k) => `g${k}(X, G);`).join('\n')}\nreturn ${outputText(valueOut!)};\n}\n`
      + `function array(X) {\nconst G = new Array(${gradientOut.length}).fill(NaN);\nconst value = into(X, G);\nreturn { value, gradient: G };\n}\n`
      + `function spread(...X) { return array(X); }\nreturn [spread, array, into];`;
  const arityError = (got: number): never => {
    throw new FluxionError(`the compiled function takes ${n} argument(s), not ${got}`);
  };
  const bufferError = (got: number): never => {
    throw new FluxionError(`the gradient buffer needs ${p.outputs.length - 1} entries, not ${got}`);
  };
  try {
    const made = new Function('F', 'A', 'B', source)(fns, arityError, bufferError) as [(...xs: number[]) => unknown, (xs: ArrayLike<number>) => unknown, Into | undefined];
    return { spread: made[0], array: made[1], into: made[2], source };
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
}
