import { powFloat } from './algebra.js';
import type { Program } from './program.js';
import { FluxionError } from '../errors.js';

/**
 * Turns a Program into straight-line JavaScript with `new Function`. Nothing from the user's text reaches the
 * source: values are locals `v<index>`, arguments are `a<slot>` (or `X[slot]` past 64 inputs), functions are
 * `f<k>` bound to rows of the primitives table, and constants are number literals checked against a strict
 * pattern. Every value is a local, so V8 optimises the function like hand-written code.
 */
export type Callable<R> = {
  /** Takes the inputs as separate arguments. */
  readonly spread: (...xs: number[]) => R;
  /** Takes the inputs as one array (better for many variables). */
  readonly array: (xs: ArrayLike<number>) => R;
  /** Gradients only: writes the gradient into `gradient` and returns the value, allocating nothing. */
  readonly into?: Into;
  /** The generated JavaScript, when code was generated. */
  readonly source?: string;
};

/** A buffer the gradient is written into: a number array or a Float64Array of one entry per variable. */
export type GradientBuffer = number[] | Float64Array;
export type Into = (xs: ArrayLike<number>, gradient: GradientBuffer) => number;

export type GradientResult = { value: number; gradient: number[] };

/**
 * Straight-line code only pays while V8 optimises it, and V8 optimises a function only below a bytecode size
 * (about 60 KB, roughly 2,500 simple statements; measured). Up to STRAIGHT_LINE_STATEMENTS statements one
 * function is generated; up to CHUNKED_STATEMENTS the code is cut into chunks of a few hundred statements; past
 * that, every line still runs only once per call and the table runner's hot loop is faster (measured at 10^5).
 */
export const STRAIGHT_LINE_STATEMENTS = 2000;
export const CHUNKED_STATEMENTS = 6000;

/** About how many statements the generated code for a program has (the measure the thresholds above use). */
export function statementCount(p: Program): number {
  let count = p.outputs.length;
  for (const ins of p.instrs) {
    if (ins.op === 'add' || ins.op === 'mul') count += Math.ceil(ins.args.length / GROUP);
    else if (ins.op !== 'const' && ins.op !== 'input') count++;
  }
  return count;
}

const PARAMETER_LIMIT = 64;
const GROUP = 32;
const LITERAL = /^-?(?:\d+\.?\d*|\.\d+)(?:e[+-]?\d+)?$/;

/** JavaScript text for a float constant. Example: literal(-0.5) is '(-0.5)'. */
export function literal(v: number): string {
  if (Number.isNaN(v)) return '(0/0)';
  if (v === Infinity) return '(1/0)';
  if (v === -Infinity) return '(-1/0)';
  if (Object.is(v, -0)) return '(-0)';
  const s = String(v);
  if (!LITERAL.test(s)) throw new Error(`internal: unexpected number text ${s}`);
  return v < 0 ? `(${s})` : s;
}

/**
 * The functions a generated closure may call, each bound to a local `f<k>`: f0 is the float power, the others
 * are primitive rows' value functions, added as they are first used.
 */
export function functionSlots(): { fns: unknown[]; nameOf: (f: unknown) => string } {
  const fns: unknown[] = [powFloat];
  const index = new Map<unknown, number>([[powFloat, 0]]);
  const nameOf = (f: unknown): string => {
    let k = index.get(f);
    if (k === undefined) {
      k = fns.length;
      fns.push(f);
      index.set(f, k);
    }
    return `f${k}`;
  };
  return { fns, nameOf };
}

/**
 * The statements that compute instruction `id` into the local `v<id>` (none for constants and inputs), with
 * operands written by `operand`. Long sums and products are accumulated in groups, left to right like the
 * interpreters, so no line is huge.
 * Example: for x·y it is ['const v2 = a0 * a1;'].
 */
export function instructionLines(p: Program, id: number, operand: (a: number) => string, nameOf: (f: unknown) => string): string[] {
  const ins = p.instrs[id]!;
  const a = ins.args.map(operand);
  const define = (text: string, reassigned = false) => [`${reassigned ? 'let' : 'const'} v${id} = ${text};`];
  switch (ins.op) {
    case 'const':
    case 'input':
      return [];
    case 'neg':
      return define(`-${a[0]}`);
    case 'sub':
      return define(`${a[0]} - ${a[1]}`);
    case 'div':
      return define(`${a[0]} / ${a[1]}`);
    case 'pow': {
      const exponent = p.instrs[ins.args[1]!]!;
      if (exponent.op === 'const' && exponent.value === 2) return define(`${a[0]} * ${a[0]}`);
      if (exponent.op === 'const' && exponent.value === 3) return define(`${a[0]} * ${a[0]} * ${a[0]}`);
      return define(`${nameOf(powFloat)}(${a[0]}, ${a[1]})`);
    }
    case 'call':
      return define(`${nameOf(ins.fn!.value)}(${a.join(', ')})`);
    case 'add':
    case 'mul': {
      const sign = ins.op === 'add' ? '+' : '*';
      const lines = define(a.slice(0, GROUP).join(` ${sign} `), a.length > GROUP);
      // v = v + a + b, not v += (a + b): the sum stays strictly left to right.
      for (let k = GROUP; k < a.length; k += GROUP) lines.push(`v${id} = v${id} ${sign} ${a.slice(k, k + GROUP).join(` ${sign} `)};`);
      return lines;
    }
  }
}

/**
 * Generates the closure; undefined where code generation is forbidden (a Content-Security-Policy without
 * 'unsafe-eval'), so the caller can fall back to the table runner.
 * Example: generate(lower(parse('x^2'), ['x']), 'value')!.spread(3) === 9.
 */
export function generate(p: Program, shape: 'value'): Callable<number> | undefined;
export function generate(p: Program, shape: 'gradient'): Callable<GradientResult> | undefined;
export function generate(p: Program, shape: 'value' | 'gradient'): Callable<unknown> | undefined {
  const n = p.inputCount;
  const params = n <= PARAMETER_LIMIT;
  const { fns, nameOf } = functionSlots();
  const operand = (id: number): string => {
    const ins = p.instrs[id]!;
    if (ins.op === 'const') return literal(ins.value);
    if (ins.op === 'input') return params ? `a${ins.value}` : `X[${ins.value}]`;
    return `v${id}`;
  };
  const lines: string[] = [];
  p.instrs.forEach((_ins, id) => lines.push(...instructionLines(p, id, operand, nameOf)));
  const [valueOut, ...gradientOut] = p.outputs;
  const value = operand(valueOut!);
  const head = fns.map((_f, k) => `const f${k} = F[${k}];`).join('\n');
  const body = lines.join('\n');
  const check = (what: string) => `if (${what} !== ${n}) A(${what});`;
  // Reading arguments.length on every call kept V8 from compiling small closures as tightly as hand-written code
  // (x^2 + 3x + 1 took 2x as long; measured). A wrong count shows in the parameters instead: too few leaves the last
  // one undefined, too many fills \`extra\`; only then is arguments.length read. (An explicit undefined as the one
  // extra argument goes unnoticed; an undefined value in place is NaN, as before.)
  const arity = n > 0 ? `a${n - 1} === undefined || extra !== undefined` : 'extra !== undefined';
  const spreadCheck = `if (${arity}) { if (arguments.length !== ${n}) A(arguments.length); }`;
  const unpack = params ? Array.from({ length: n }, (_x, i) => `const a${i} = X[${i}];`).join('\n') : '';
  // `into(X, G)` writes the gradient into G and returns the value: no allocation, for hot loops.
  const into = shape === 'gradient'
    ? `function into(X, G) {\n${check('X.length')}\nif (G.length !== ${gradientOut.length}) B(G.length);\n${unpack}\n${body}\n${gradientOut.map((o, i) => `G[${i}] = ${operand(o)};`).join('\n')}\nreturn ${value};\n}\n`
    : 'const into = undefined;\n';
  const result = shape === 'value' ? value : `{ value: ${value}, gradient: [${gradientOut.map(operand).join(', ')}] }`;
  const source = params
    ? `"use strict";\n${head}\nfunction spread(${[...Array.from({ length: n }, (_x, i) => `a${i}`), 'extra'].join(', ')}) {\n`
      + `${spreadCheck}\n${body}\nreturn ${result};\n}\n`
      + `function array(X) {\n${check('X.length')}\nreturn spread(${Array.from({ length: n }, (_x, i) => `X[${i}]`).join(', ')});\n}\n`
      + `${into}return [spread, array, into];`
    : `"use strict";\n${head}\nfunction array(X) {\n${check('X.length')}\n${body}\nreturn ${result};\n}\n`
      + `function spread(...X) { return array(X); }\n${into}return [spread, array, into];`;
  const arityError = (got: number): never => {
    throw new FluxionError(`the compiled function takes ${n} argument(s), not ${got}`);
  };
  const bufferError = (got: number): never => {
    throw new FluxionError(`the gradient buffer needs ${p.outputs.length - 1} entries, not ${got}`);
  };
  let made: [(...xs: number[]) => unknown, (xs: ArrayLike<number>) => unknown, Into | undefined];
  try {
    made = new Function('F', 'A', 'B', source)(fns, arityError, bufferError);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
  return { spread: made[0], array: made[1], into: made[2], source };
}
