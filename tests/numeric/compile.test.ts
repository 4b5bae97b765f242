import { describe, expect, it } from 'vitest';
import { add, call, div, frac, mul, neg, num, pow, sub, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { compile, FluxionError, parse } from '../../src/index.js';
import { runProgram } from '../../src/numeric/interpret.js';
import { tableRunner } from '../../src/numeric/tableRunner.js';
import { generate, literal } from '../../src/numeric/codegen.js';
import { ratToNumber } from '../../src/numeric/ratToNumber.js';

const x = sym('x');
const y = sym('y');

/** Text, variables, point, and the same formula hand-written in JavaScript. */
const TABLE: [string, string[], number[], (...v: number[]) => number][] = [
  ['x^2 + y', ['x', 'y'], [3, 1], (a, b) => a * a + b],
  ['sin(x)^2 + cos(x)^2', ['x'], [0.7], (a) => Math.sin(a) ** 2 + Math.cos(a) ** 2],
  ['1/2x', ['x'], [4], (a) => 1 / (2 * a)],
  ['-x^2', ['x'], [3], (a) => -(a * a)],
  ['exp(-x*y) / (1 + x^2)', ['x', 'y'], [0.5, 2], (a, b) => Math.exp(-a * b) / (1 + a * a)],
  ['log(x, 2) + log2(x) + log10(x) + ln(x)', ['x'], [8], (a) => Math.log(a) / Math.log(2) + Math.log2(a) + Math.log10(a) + Math.log(a)],
  ['sigmoid(x) * softplus(y) + relu(x - y)', ['x', 'y'], [1.5, -0.5], (a, b) => 1 / (1 + Math.exp(-a)) * Math.log1p(Math.exp(b)) + Math.max(a - b, 0)],
  ['pi * e', [], [], () => Math.PI * Math.E],
  ['x^(1/2) + x^3 + x^(-1)', ['x'], [2], (a) => Math.pow(a, 0.5) + a * a * a + Math.pow(a, -1)],
  ['abs(x) + sign(x) + heaviside(x) + cbrt(x)', ['x'], [-8], (a) => 8 - 1 + 0 - 2],
  ['tanh(x) - sech(x) + coth(x)', ['x'], [0.3], (a) => Math.tanh(a) - 1 / Math.cosh(a) + 1 / Math.tanh(a)],
  ['atan(x) + acot(x) + asin(x/2)', ['x'], [1], (a) => Math.atan(a) + Math.atan(1 / a) + Math.asin(a / 2)],
  ['(x - y)(x + y)', ['x', 'y'], [5, 3], (a, b) => (a - b) * (a + b)],
  ['0.1 + 0.2', [], [], () => 0.1 + 0.2],
];

describe('compile', () => {
  it.each(TABLE)('%s', (text, vars, point, hand) => {
    const f = compile(text, vars);
    expect(f(...point)).toBe(hand(...point));
    expect(compile(parse(text), vars, { codegen: false })(...point)).toBe(hand(...point));
    expect(f.array(point)).toBe(hand(...point));
  });

  it('generated code, the table runner and the reference interpreter give identical bits', () => {
    for (const [text, vars, point] of TABLE) {
      const f = compile(text, vars);
      const reference = runProgram(f.program, point)[f.program.outputs[0]!]!;
      expect(f(...point)).toBe(reference);
      expect(tableRunner(f.program).run(point)[f.program.outputs[0]!]).toBe(reference);
    }
  });

  it('computes common subexpressions once (structural key)', () => {
    const f = compile('sin(x)^2 + sin(x) * cos(x) + sin(x)', ['x']);
    expect(f.program.instrs.filter((i) => i.op === 'call' && i.fn!.name === 'sin')).toHaveLength(1);
    // Two separately built but equal trees are one instruction too.
    const g = compile(add(call('exp', mul(x, y)), call('exp', mul(x, y))), ['x', 'y']);
    expect(g.program.instrs.filter((i) => i.op === 'call')).toHaveLength(1);
    expect(g.source!.match(/f\d\(/g)).toHaveLength(1);
  });

  it('follows IEEE-754 in float mode', () => {
    expect(compile('1/x', ['x'])(0)).toBe(Infinity);
    expect(compile('-1/x', ['x'])(0)).toBe(-Infinity);
    expect(compile('log(x)', ['x'])(0)).toBe(-Infinity);
    expect(compile('sqrt(x)', ['x'])(-1)).toBeNaN();
    expect(compile('x^(1/4)', ['x'])(-8)).toBeNaN();
    expect(compile('x^0.3', ['x'])(-8)).toBeNaN();
    // Odd roots are real (src/numeric/realRoot.ts), as the simplifier reads them.
    expect(compile('x^(1/3)', ['x'])(-8)).toBeCloseTo(-2, 14);
    expect(compile('oo - oo', [])()).toBeNaN();
    expect(compile('undefined', [])()).toBeNaN();
  });

  it('converts exact rationals to the nearest double', () => {
    expect(compile(frac(1, 3), [])()).toBe(1 / 3);
    const big = { num: 10n ** 30n + 1n, den: 3n * 10n ** 30n };
    expect(ratToNumber(big)).toBe(1 / 3);
    expect(ratToNumber({ num: 2n ** 80n + 1n, den: 1n })).toBe(2 ** 80);
    // 2^53 + 1 is a tie between 2^53 and 2^53 + 2: ties go to even; one more bit decides upward.
    expect(ratToNumber({ num: 2n ** 53n + 1n, den: 1n })).toBe(2 ** 53);
    expect(ratToNumber({ num: (2n ** 54n + 2n) * 3n + 1n, den: 3n })).toBe(2 ** 54 + 4);
    expect(ratToNumber({ num: -(10n ** 400n), den: 10n ** 399n * 4n })).toBe(-2.5);
    expect(ratToNumber({ num: 1n, den: 10n ** 400n })).toBe(0);
    expect(ratToNumber({ num: 10n ** 400n, den: 1n })).toBe(Infinity);
  });

  it('keeps hostile names out of the generated source', () => {
    const names = ['constructor', '__proto__', 'toString', 'process.exit()', 'x);globalThis.pwned=1;(', 'valueOf', '`${1}`'];
    const e = add(...names.map((n, i) => mul(num(i + 1), sym(n))));
    const f = compile(e, names);
    const point = names.map((_n, i) => i + 0.5);
    expect(f(...point)).toBe(point.reduce((s, v, i) => s + (i + 1) * v, 0));
    expect(compile(e, names, { codegen: false })(...point)).toBe(f(...point));
    for (const n of names) expect(f.source).not.toContain(n);
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
    for (const n of names) {
      expect(() => compile(call(n, x), ['x'])).toThrow(FluxionError);
      expect(() => compile(sym(n), ['x'])).toThrow(FluxionError);
    }
    expect((globalThis as Record<string, unknown>).pwned).toBeUndefined();
  });

  it('names the problem for unknown functions, unevaluated heads and missing variables', () => {
    expect(() => compile(call('f', x), ['x'])).toThrow(/"f" with 1 argument\(s\) is not a function with a numeric value/);
    expect(() => compile(call('D', pow(x, num(2)), x), ['x'])).toThrow(/"D" is an unevaluated derivative/);
    expect(() => compile(call('Integral', x, x), ['x'])).toThrow(/"Integral" is an unevaluated integral/);
    expect(() => compile(call('Limit', x, x, num(0)), ['x'])).toThrow(/"Limit" is an unevaluated limit/);
    expect(() => compile(call('Sum', x, sym('k'), num(1), num(3)), ['x', 'k'])).toThrow(FluxionError);
    expect(() => compile('x + y', ['x'])).toThrow(/"y" has no value/);
    expect(() => compile('x', ['x', 'x'])).toThrow(/listed twice/);
    expect(() => compile({ kind: 'call', fn: 'sin', args: [x, y] }, ['x', 'y'])).toThrow(FluxionError);
    expect(() => compile('x', ['x'])(1, 2)).toThrow(/takes 1 argument/);
    expect(() => compile('x', ['x'], { codegen: false })()).toThrow(/takes 1 argument/);
  });

  it('lets variables shadow the constant names', () => {
    expect(compile('e^2', ['e'])(3)).toBe(9);
  });

  it('writes constants as checked literals', () => {
    expect([literal(0.5), literal(-2), literal(-0), literal(1e-300), literal(NaN), literal(-Infinity)]).toEqual(['0.5', '(-2)', '(-0)', '1e-300', '(0/0)', '(-1/0)']);
    expect(compile(sub(x, num(-3)), ['x'])(1)).toBe(4);
    expect(Object.is(compile(neg(x), ['x'])(0), -0)).toBe(true);
  });

  it('compiles a 100,000-deep tree and a 100,000-term sum', () => {
    let deep: Expr = x;
    for (let i = 0; i < 100_000; i++) deep = add(deep, num(1));
    expect(compile(deep, ['x'])(0.5)).toBe(100_000.5);
    expect(compile(deep, ['x'], { codegen: false })(0.5)).toBe(100_000.5);
    let nested: Expr = x;
    for (let i = 0; i < 100_000; i++) nested = call('sin', nested);
    let expected = 1;
    for (let i = 0; i < 100_000; i++) expected = Math.sin(expected);
    expect(compile(nested, ['x'])(1)).toBe(expected);
    const wide = add(...Array.from({ length: 100_000 }, (_v, i) => mul(num(i), sym(`w${i % 10}`))));
    const w = Array.from({ length: 10 }, (_v, i) => `w${i}`);
    const ones = new Array<number>(10).fill(1);
    expect(compile(wide, w).array(ones)).toBe((99_999 * 100_000) / 2);
  });

  it('falls back to the table runner when code generation is refused (a strict Content-Security-Policy)', () => {
    const original = globalThis.Function;
    const refuse = function refuse(): never {
      throw new EvalError('Code generation from strings disallowed for this context');
    };
    (globalThis as { Function: unknown }).Function = refuse;
    try {
      const f = compile('x * 2 + sin(x)', ['x']);
      expect(f.source).toBeUndefined();
      expect(f(4)).toBe(8 + Math.sin(4));
    } finally {
      globalThis.Function = original;
    }
    expect(generate(compile('x', ['x']).program, 'value')!.spread(4)).toBe(4);
  });

  it('evaluates many variables through the array form', () => {
    const names = Array.from({ length: 500 }, (_v, i) => `v${i}`);
    const e = add(...names.map((n) => div(sym(n), num(2))));
    const xs = names.map((_n, i) => i);
    expect(compile(e, names).array(xs)).toBe((499 * 500) / 4);
    expect(compile(e, names)(...xs)).toBe((499 * 500) / 4);
  });
});
