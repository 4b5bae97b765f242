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
  /** The generated JavaScript, when code was generated. */
  readonly source?: string;
};

export type GradientResult = { value: number; gradient: number[] };

/**
 * Straight-line code only pays while V8 optimises it; past this many instructions each line still runs once per
 * call and stays in the bytecode interpreter, where the table runner's hot loop is faster.
 */
export const STRAIGHT_LINE_LIMIT = 4000;
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
 * Generates the closure; undefined where code generation is forbidden (a Content-Security-Policy without
 * 'unsafe-eval'), so the caller can fall back to the table runner.
 * Example: generate(lower(parse('x^2'), ['x']), 'value')!.spread(3) === 9.
 */
export function generate(p: Program, shape: 'value'): Callable<number> | undefined;
export function generate(p: Program, shape: 'gradient'): Callable<GradientResult> | undefined;
export function generate(p: Program, shape: 'value' | 'gradient'): Callable<unknown> | undefined {
  const n = p.inputCount;
  const params = n <= PARAMETER_LIMIT;
  const fns: unknown[] = [powFloat];
  const fnIndex = new Map<unknown, number>();
  const fnName = (f: unknown): string => {
    let k = fnIndex.get(f);
    if (k === undefined) {
      k = fns.length;
      fns.push(f);
      fnIndex.set(f, k);
    }
    return `f${k}`;
  };
  const operand = (id: number): string => {
    const ins = p.instrs[id]!;
    if (ins.op === 'const') return literal(ins.value);
    if (ins.op === 'input') return params ? `a${ins.value}` : `X[${ins.value}]`;
    return `v${id}`;
  };
  const lines: string[] = [];
  p.instrs.forEach((ins, id) => {
    const define = (text: string, reassigned = false) => lines.push(`${reassigned ? 'let' : 'const'} v${id} = ${text};`);
    const a = ins.args.map(operand);
    switch (ins.op) {
      case 'const':
      case 'input':
        return;
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
        return define(`f0(${a[0]}, ${a[1]})`);
      }
      case 'call':
        return define(`${fnName(ins.fn!.value)}(${a.join(', ')})`);
      case 'add':
      case 'mul': {
        // Long sums are accumulated in groups, left to right like the interpreters, so no line is huge.
        const sign = ins.op === 'add' ? '+' : '*';
        define(a.slice(0, GROUP).join(` ${sign} `), a.length > GROUP);
        for (let k = GROUP; k < a.length; k += GROUP) lines.push(`v${id} ${sign}= ${a.slice(k, k + GROUP).join(` ${sign} `)};`);
        return;
      }
    }
  });
  const [valueOut, ...gradientOut] = p.outputs;
  const value = operand(valueOut!);
  const result = shape === 'value' ? value : `{ value: ${value}, gradient: [${gradientOut.map(operand).join(', ')}] }`;
  const head = fns.map((_f, k) => `const f${k} = F[${k}];`).join('\n');
  const body = `${lines.join('\n')}\nreturn ${result};`;
  const source = params
    ? `"use strict";\n${head}\nfunction spread(${Array.from({ length: n }, (_x, i) => `a${i}`).join(', ')}) {\n`
      + `if (arguments.length !== ${n}) A(arguments.length);\n${body}\n}\n`
      + `function array(X) {\nif (X.length !== ${n}) A(X.length);\nreturn spread(${Array.from({ length: n }, (_x, i) => `X[${i}]`).join(', ')});\n}\n`
      + `return [spread, array];`
    : `"use strict";\n${head}\nfunction array(X) {\nif (X.length !== ${n}) A(X.length);\n${body}\n}\n`
      + `function spread(...X) { return array(X); }\nreturn [spread, array];`;
  const arityError = (got: number): never => {
    throw new FluxionError(`the compiled function takes ${n} argument(s), not ${got}`);
  };
  let made: [(...xs: number[]) => unknown, (xs: ArrayLike<number>) => unknown];
  try {
    made = new Function('F', 'A', source)(fns, arityError);
  } catch (error) {
    if (error instanceof EvalError) return undefined;
    throw error;
  }
  return { spread: made[0], array: made[1], source };
}
