import { describe, expect, it } from 'vitest';
import { add, call, frac, mul, num, pow, sub, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { compileGradient, hessianVectorProduct, parse } from '../../src/index.js';
import { forward, forwardGradient } from '../../src/numeric/forward.js';
import { gradientProgram } from '../../src/numeric/gradientProgram.js';
import { lower } from '../../src/numeric/lower.js';
import { reverse } from '../../src/numeric/reverse.js';
import { CHUNKED_STATEMENTS, STRAIGHT_LINE_STATEMENTS, statementCount } from '../../src/numeric/codegen.js';
import { generateChunked } from '../../src/numeric/chunkedCodegen.js';

/** Text, variables, point, value and gradient worked out by hand. */
const GRADIENTS: [string, string[], number[], number, number[]][] = [
  ['x^2 * y', ['x', 'y'], [3, 2], 18, [12, 9]],
  ['x*y*z', ['x', 'y', 'z'], [2, 3, 5], 30, [15, 10, 6]],
  ['x/y', ['x', 'y'], [3, 2], 1.5, [0.5, -0.75]],
  ['(w*x + b - y)^2', ['w', 'b', 'x', 'y'], [2, 1, 3, 4], 9, [18, 6, 12, -6]],
  ['exp(x) + log(y)', ['x', 'y'], [0, 2], 1 + Math.log(2), [1, 0.5]],
  ['sin(x) * cos(y)', ['x', 'y'], [0, 0], 0, [1, 0]],
  ['sqrt(x)', ['x'], [4], 2, [0.25]],
  ['x^y', ['x', 'y'], [2, 3], 8, [12, 8 * Math.log(2)]],
  ['sigmoid(x)', ['x'], [0], 0.5, [0.25]],
  ['relu(x) + relu(-y)', ['x', 'y'], [2, 3], 2, [1, 0]],
  ['x - y - (x - y)', ['x', 'y'], [1, 2], 0, [0, 0]],
  ['c', ['x', 'c'], [1, 2], 2, [0, 1]],
  ['-x', ['x', 'unused'], [1, 2], -1, [-1, 0]],
  ['log(x, 2)', ['x'], [4], 2, [1 / (4 * Math.log(2))]],
];

describe('reverse mode, forward mode and the compiled gradient', () => {
  it.each(GRADIENTS)('∇ %s', (text, vars, point, value, gradient) => {
    const g = compileGradient(text, vars);
    const result = g(...point);
    expect(result.value).toBe(value);
    result.gradient.forEach((d, i) => expect(d).toBeCloseTo(gradient[i]!, 14));
    expect(compileGradient(text, vars, { codegen: false })(...point)).toEqual(result);
    const program = lower(parse(text), vars);
    const tape = reverse(program, point);
    expect(tape.value).toBe(value);
    tape.gradient.forEach((d, i) => expect(d).toBeCloseTo(gradient[i]!, 14));
    forwardGradient(program, point).forEach((d, i) => expect(d).toBeCloseTo(gradient[i]!, 14));
  });

  it('writes the gradient into a caller’s buffer without allocating (into)', () => {
    for (const codegen of [true, false]) {
      const g = compileGradient('x^2 * y + sin(y)', ['x', 'y'], { codegen });
      const buffer = new Float64Array(2);
      expect(g.into([3, 2], buffer)).toBe(18 + Math.sin(2));
      expect([...buffer]).toEqual([12, 9 + Math.cos(2)]);
      const plain = [0, 0];
      g.into([1, 0], plain);
      expect(plain).toEqual([0, 2]);
      expect(() => g.into([1, 2], new Float64Array(3))).toThrow(/gradient buffer needs 2 entries, not 3/);
      expect(() => g.into([1], buffer)).toThrow(/takes 2 argument/);
    }
  });

  it('generates chunked code for large programs, bit-identical to the table runner', () => {
    const names = Array.from({ length: 300 }, (_v, i) => `x${i}`);
    const terms: Expr[] = [];
    for (let i = 0; i < 800; i++) {
      const a = sym(names[i % 300]!);
      const b = sym(names[(i * 7 + 3) % 300]!);
      terms.push(i % 3 === 0 ? call('sin', mul(a, b)) : i % 3 === 1 ? call('sigmoid', sub(a, b)) : pow(add(a, frac(i, 97)), num(2)));
    }
    const e = add(...terms);
    const point = names.map((_n, i) => Math.cos(i));
    const program = gradientProgram(lower(e, names));
    const statements = statementCount(program);
    expect(statements).toBeGreaterThan(STRAIGHT_LINE_STATEMENTS);
    expect(statements).toBeLessThanOrEqual(CHUNKED_STATEMENTS);
    // compileGradient takes the rolled loops for this program (tests/numeric/rolled.test.ts); the chunks are what
    // it falls back to when a program does not roll up.
    const generated = generateChunked(program, 'gradient')!;
    const table = compileGradient(e, names, { codegen: false });
    expect(generated.source).toContain('function c1(X, G)');
    const a = generated.array(point);
    const b = table.array(point);
    expect(a.value).toBe(b.value);
    expect(a.gradient).toEqual(b.gradient);
    const buffer = new Float64Array(300);
    expect(generated.into!(point, buffer)).toBe(b.value);
    expect([...buffer]).toEqual(b.gradient);
    expect(generated.spread(...point)).toEqual(b);
    expect(compileGradient(e, names).array(point)).toEqual(b);
  });

  it('reuses forward values in the adjoint sweep (d exp(u) is exp(u))', () => {
    const p = gradientProgram(lower(parse('exp(x*y)'), ['x', 'y']));
    expect(p.instrs.filter((i) => i.op === 'call')).toHaveLength(1);
  });

  it('differentiates products of many factors in linear time', () => {
    const names = Array.from({ length: 50 }, (_v, i) => `x${i}`);
    const e = mul(...names.map((n) => sym(n)));
    const point = names.map((_n, i) => 1 + i / 100);
    const { value, gradient } = compileGradient(e, names).array(point);
    gradient.forEach((d, i) => expect(d).toBeCloseTo(value / point[i]!, 10));
    expect(compileGradient(e, names).program.instrs.length).toBeLessThan(50 * 6);
  });

  it('gives the exact closed-form gradient of a linear model’s squared error for 100,000 weights', () => {
    const n = 100_000;
    const names = Array.from({ length: n }, (_v, i) => `w${i}`);
    const data = Array.from({ length: n }, (_v, i) => frac((i % 97) + 1, 64));
    const e = pow(sub(add(...names.map((w, i) => mul(sym(w), data[i]!))), num(3)), num(2));
    const g = compileGradient(e, names);
    const w = names.map((_n, i) => ((i % 13) - 6) / 1024);
    const { value, gradient } = g.array(w);
    let residual = 0;
    for (let i = 0; i < n; i++) residual += w[i]! * (((i % 97) + 1) / 64);
    residual -= 3;
    expect(value).toBeCloseTo(residual * residual, 6);
    for (const i of [0, 1, 500, 99_999]) expect(gradient[i]).toBeCloseTo(2 * residual * (((i % 97) + 1) / 64), 8);
  });

  it('differentiates 100,000-deep trees', () => {
    let deep: Expr = sym('x');
    for (let i = 0; i < 100_000; i++) deep = mul(add(deep, num(1)), frac(1, 1));
    let nested: Expr = sym('x');
    for (let i = 0; i < 100_000; i++) nested = call('sin', nested);
    expect(compileGradient(deep, ['x'])(2).gradient).toEqual([1]);
    // d/dx sin^(n)(x) = Π cos(sin^(k)(x)).
    let v = 0.5;
    let d = 1;
    for (let i = 0; i < 100_000; i++) {
      d *= Math.cos(v);
      v = Math.sin(v);
    }
    const r = compileGradient(nested, ['x'])(0.5);
    expect(r.value).toBe(v);
    expect(r.gradient[0]).toBeCloseTo(d, 12);
    expect(reverse(lower(nested, ['x']), [0.5]).gradient[0]).toBeCloseTo(d, 12);
  });

  it('forward mode treats an exact zero tangent as a constant', () => {
    // ∂/∂x of x^y at x = −2: the exponent is constant along x, so log(−2) must not turn the answer into NaN.
    const p = lower(parse('x^y'), ['x', 'y']);
    expect(forward(p, [-2, 3], [1, 0]).tangents[p.outputs[0]!]).toBe(12);
  });
});

describe('Hessian-vector products by forward-over-reverse', () => {
  it('matches the Hessian worked out by hand', () => {
    // f = x²y + sin(xy): H = [[2y − y² sin(xy), 2x + cos(xy) − xy sin(xy)], [·, −x² sin(xy)]].
    const hv = hessianVectorProduct('x^2 y + sin(x y)', ['x', 'y']);
    const [x, y] = [0.7, -1.3];
    const s = Math.sin(x * y);
    const c = Math.cos(x * y);
    const H = [[2 * y - y * y * s, 2 * x + c - x * y * s], [2 * x + c - x * y * s, -x * x * s]];
    for (const v of [[1, 0], [0, 1], [0.3, -2]]) {
      const got = hv([x, y], v);
      got.forEach((g, i) => expect(g).toBeCloseTo(H[i]![0]! * v[0]! + H[i]![1]! * v[1]!, 13));
    }
  });

  it('is the Hessian of a quadratic form', () => {
    const hv = hessianVectorProduct('x^2 + 3 x y + 5 y^2 + z', ['x', 'y', 'z']);
    expect(hv([1, 2, 3], [1, 1, 1])).toEqual([5, 13, 0]);
  });
});
