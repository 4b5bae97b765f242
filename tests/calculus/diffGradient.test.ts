import { describe, expect, it } from 'vitest';
import type { Expr } from '../../src/ast/expr.js';
import { add, frac, mul, num, pow, sub, sym } from '../../src/ast/build.js';
import { equals } from '../../src/ast/equal.js';
import { size } from '../../src/ast/path.js';
import { format } from '../../src/ast/print.js';
import { parse } from '../../src/parse/parse.js';
import { FluxionError } from '../../src/errors.js';
import { diff } from '../../src/calculus/differentiate.js';
import { derivativeRuleSet } from '../../src/calculus/differentiateSteps.js';
import { explainGradient, explainHessian, gradient, hessian, jacobian } from '../../src/calculus/gradient.js';
import { compileGradient } from '../../src/numeric/compileGradient.js';
import { checkDerivation, valueProblem } from './diff/checks.js';
import { evaluate } from './diff/evaluate.js';

const texts = (es: Expr[]) => es.map(format);

describe('gradient, Jacobian, Hessian', () => {
  it.each([
    ['x^2 y', ['x', 'y'], ['2x y', 'x^2']],
    ['x^2 + y^2 + z^2', ['x', 'y', 'z'], ['2x', '2y', '2z']],
    ['(y - (m x + b))^2', ['m', 'b'], ['2x(m x + b - y)', '2m x + 2b - 2y']],
    ['sigmoid(w x + b)', ['w', 'b'], ['x sigmoid(w x + b)(1 - sigmoid(w x + b))', 'sigmoid(w x + b)(1 - sigmoid(w x + b))']],
    ['ln(x^2 + y^2)', ['x', 'y'], ['2x/(x^2 + y^2)', '2y/(x^2 + y^2)']],
  ] as const)('gradient of %s', (f, vars, expected) => {
    const g = gradient(f, vars);
    vars.forEach((v, i) => expect(equals(g[i]!, diff(f, v))).toBe(true));
    expect(texts(g)).toEqual(expected);
  });

  it('Jacobian rows are gradients', () => {
    expect(jacobian(['x y', 'x + y', 'sin(x) y^2'], ['x', 'y']).map(texts)).toEqual([
      ['y', 'x'],
      ['1', '1'],
      ['y^2 cos(x)', '2y sin(x)'],
    ]);
  });

  it('Hessian: second partials, symmetric, equal to differentiating in the other order', () => {
    const f = 'x^3 y^2 + sin(x y)';
    const h = hessian(f, ['x', 'y']);
    expect(h.map(texts)).toEqual([
      [format(diff(diff(f, 'x'), 'x')), format(diff(diff(f, 'x'), 'y'))],
      [format(diff(diff(f, 'x'), 'y')), format(diff(diff(f, 'y'), 'y'))],
    ]);
    expect(h[0]![1]).toBe(h[1]![0]);
    // Schwarz: d/dy d/dx = d/dx d/dy, checked numerically.
    expect(valueProblem(diff(diff(f, 'x'), 'y'), diff(diff(f, 'y'), 'x'))).toBeUndefined();
    expect(hessian('x^2 y', ['x', 'y']).map(texts)).toEqual([['2y', '2x'], ['2x', '0']]);
  });

  it('explain: one derivation per entry, each replaying', () => {
    const rules = derivativeRuleSet();
    const g = explainGradient('x^2 y + y^3', ['x', 'y']);
    expect(g.map((d) => format(d.result))).toEqual(texts(gradient('x^2 y + y^3', ['x', 'y'])));
    for (const d of g) expect(checkDerivation(d, rules)).toEqual([]);
    const h = explainHessian('x^2 y', ['x', 'y']);
    expect(h.map((row) => row.map((d) => format(d.result)))).toEqual([['2y', '2x'], ['2x', '0']]);
    expect(format(h[0]![1]!.input)).toBe('diff(diff(x^2 y, x), y)');
    for (const d of h.flat()) expect(checkDerivation(d, rules, { tol: 1e-4 })).toEqual([]);
  });

  it('reject repeated or bad variable names', () => {
    expect(() => gradient('x y', ['x', 'x'])).toThrow(FluxionError);
    expect(() => gradient('x y', ['x', 'e'])).toThrow(FluxionError);
  });
});

describe('size', () => {
  it('the gradient of a 100,000-node expression: no stack overflow, about linear time', () => {
    // The squared error of a line over 10,000 points: sum of (w a_i + b - c_i)^2.
    const w = sym('w');
    const b = sym('b');
    const loss = (n: number) => add(...Array.from({ length: n }, (_, i) => pow(sub(add(mul(w, frac((i % 7) + 1, 3)), b), num(i % 11)), num(2))));
    const big = loss(11_112);
    expect(size(big)).toBeGreaterThan(100_000);
    const t0 = performance.now();
    const g = gradient(big, ['w', 'b']);
    const elapsed = performance.now() - t0;
    // Each entry is a line in w and b; compare with reverse mode at a point.
    const at = { w: 0.3, b: -0.2 };
    const reverse = compileGradient(big, ['w', 'b'])(at.w, at.b).gradient;
    g.forEach((e, i) => expect(evaluate(e, at)).toBeCloseTo(reverse[i]!, 6));
    expect(elapsed).toBeLessThan(30_000);
  });

  it('a 100,000-deep sum differentiates without recursion', () => {
    let e: Expr = parse('x');
    for (let i = 0; i < 100_000; i++) e = add(mul(num(2), sym('x')), e);
    expect(format(diff(e, 'x'))).toBe('200001');
  });
});
