import { describe, expect, it } from 'vitest';
import { mul, num, sym } from '../../src/ast/build.js';
import type { Expr } from '../../src/ast/expr.js';
import { checkDerivative as publicCheckDerivative, compile, diff, parse, PRIMITIVES, primitiveFor, withRows } from '../../src/index.js';
// The numeric checker itself; the public checkDerivative wires in fluxion's diff as the symbolic oracle.
import { checkDerivative } from '../../src/numeric/checkDerivative.js';
import { ridders } from '../../src/numeric/ridders.js';

const EXPRESSIONS: [string, string | string[]][] = [
  ['sin(x) * x', 'x'],
  ['tan(x) + sec(x) + csc(x) + cot(x)', 'x'],
  ['asin(x) + acos(x) + atan(x) + acot(x)', 'x'],
  ['asec(x) + acsc(x) + acosh(x)', 'x'],
  ['sinh(x) + cosh(x) + tanh(x) + sech(x) + csch(x) + coth(x)', 'x'],
  ['asinh(x) + atanh(x)', 'x'],
  ['exp(x) + log(x) + ln(x) + log2(x) + log10(x) + log(x, 3) + log(3, x)', 'x'],
  ['sqrt(x) + cbrt(x) + abs(x) + sign(x) + heaviside(x)', 'x'],
  ['sigmoid(x) + softplus(x) + relu(x) + erf(x)', 'x'],
  ['x^x + x^(1/3) + x^(-2)', 'x'],
  ['a x^2 + b x + c', 'x'],
  ['(w x + b - y)^2', ['w', 'b']],
  ['x^2 y + sin(x y) / (1 + y^2)', ['x', 'y']],
  ['log(sigmoid(w1 x1 + w2 x2 + b))', ['w1', 'w2', 'b']],
];

describe('checkDerivative', () => {
  it.each(EXPRESSIONS)('forward, reverse and the finite difference agree on %s', (text, vars) => {
    const agreement = checkDerivative(text, vars);
    expect(agreement.ok, JSON.stringify(agreement.worst)).toBe(true);
    expect(agreement.checked).toBe(12 * (typeof vars === 'string' ? 1 : vars.length));
    expect(agreement.worst!.symbolic).toBeUndefined();
  });

  it.each(EXPRESSIONS)('fluxion’s diff agrees with all three on %s', (text, vars) => {
    const agreement = checkDerivative(text, vars, { symbolic: (e, x) => diff(e, x) });
    expect(agreement.ok, JSON.stringify(agreement.worst)).toBe(true);
    expect(agreement.worst!.symbolic).toBeTypeOf('number');
  });

  it('the public checkDerivative checks fluxion’s diff by default', () => {
    const agreement = publicCheckDerivative('sigmoid(x)^2 + log(x)', 'x');
    expect(agreement.ok).toBe(true);
    expect(agreement.worst!.symbolic).toBeTypeOf('number');
    const planted = publicCheckDerivative('x^3', 'x', { symbolic: (_e, x) => mul(num(2), sym(x), sym(x)) });
    expect(planted.ok).toBe(false);
  });

  it('reports the worst point with all the numbers', () => {
    const agreement = checkDerivative('x^3', 'x', { at: [{ x: 2 }] });
    expect(agreement.checked).toBe(1);
    const w = agreement.worst!;
    expect(w.point).toEqual({ x: 2 });
    expect(w.variable).toBe('x');
    expect(w.forward).toBe(12);
    expect(w.reverse).toBe(12);
    expect(w.compiled).toBe(12);
    expect(w.difference).toBeCloseTo(12, 10);
    expect(w.differenceError).toBeLessThan(1e-9);
  });

  /**
   * Regression examples from the random-tree property (fast-check seed 1082082631, and sweeps of seeds 1-25): forward,
   * reverse and compiled reverse mode agreed to the last digit (and with mpmath's 40-digit derivative, the value
   * given here), while Ridders' difference
   * stopped early on an error estimate made small by chance (1.2e-5 off, claiming 5.9e-7). The points are smooth
   * and well conditioned; the difference was wrong, and its error estimate must now cover its error.
   */
  it.each([
    ['((y/(2 + sin(x)))^2 (-1/3) + (-1)^2)/(1 + (x (y/(2 + sin(y))))^2)', { x: 0.7550468144472688, y: -0.5683481718879193 }, 'y', 0.3845741357400582],
    ['exp(tanh(exp(tanh(y))))', { x: 3.7504806704819202, y: -0.45494889840483665 }, 'y', 0.6365395229691563],
    ['atan(cos(y))', { x: -0.9499528408050537, y: -2.116068746894598 }, 'y', 0.6737484493225876],
    ['((4 - y)/(2 + sin(y/(1 + x^2))))^2', { x: -0.41703782812692225, y: 3.1044089067727327 }, 'y', -0.21291938517621323],
  ])('the finite difference is right where it once stopped early: %s', (text, point, variable, derivative) => {
    const agreement = checkDerivative(text, ['x', 'y'], { at: [point] });
    expect(agreement.ok, JSON.stringify(agreement.worst)).toBe(true);
    const moved = { ...point };
    const f = compile(text, ['x', 'y']);
    const fd = ridders((t) => {
      moved[variable as 'x' | 'y'] = t;
      return f(moved.x, moved.y);
    }, point[variable as 'x' | 'y'], 0.1 * Math.max(1, Math.abs(point[variable as 'x' | 'y'])));
    // Within the allowance checkDerivative gives a difference (4 times its error estimate), and right to 1e-9.
    expect(Math.abs(fd.value - derivative)).toBeLessThanOrEqual(4 * fd.error);
    expect(Math.abs(fd.value - derivative)).toBeLessThan(1e-9);
  });

  it('catches a planted wrong partial in the primitives table (the checker can fail)', () => {
    // d cos = +sin is wrong: forward, reverse and the compiled gradient all use it and agree with each other;
    // only the finite difference, which uses values alone, disagrees.
    const planted = withRows(PRIMITIVES, [{ ...primitiveFor('cos', 1)!, partials: [(A, [x]) => A.call('sin', [x!])] }]);
    const agreement = checkDerivative('cos(x) * x', 'x', { primitives: planted });
    expect(agreement.ok).toBe(false);
    const w = agreement.worst!;
    expect(w.forward).toBe(w.reverse);
    expect(Math.abs(w.forward - w.difference)).toBeGreaterThan(0.1);
    expect(checkDerivative('cos(x) * x', 'x').ok).toBe(true);
  });

  it('catches a subtly wrong partial (off by 1e-5)', () => {
    const row = primitiveFor('sigmoid', 1)!;
    const planted = withRows(PRIMITIVES, [{ ...row, partials: [(A, x, y) => A.add(row.partials[0]!(A, x, y), A.constant(1e-5))] }]);
    expect(checkDerivative('sigmoid(x)', 'x', { primitives: planted }).ok).toBe(false);
  });

  it('catches a planted wrong symbolic derivative', () => {
    const wrong = (_e: Expr, x: string): Expr => mul(num(2), sym(x), sym(x)); // d/dx x^3 is 3x², not 2x²
    const agreement = checkDerivative('x^3', 'x', { symbolic: wrong });
    expect(agreement.ok).toBe(false);
    expect(agreement.worst!.symbolic).not.toBeCloseTo(agreement.worst!.forward, 3);
    expect(agreement.worst!.forward).toBeCloseTo(agreement.worst!.difference, 8);
  });

  it('blames only expressions that use the planted row', () => {
    const planted = withRows(PRIMITIVES, [{ ...primitiveFor('log', 1)!, partials: [(A, [x]) => A.div(A.constant(2), x!)] }]);
    // x^y uses log's value in ∂/∂y = x^y · log x (still right) but not log's partial.
    expect(checkDerivative('x^y', ['x', 'y'], { primitives: planted, range: [0.5, 2] }).ok).toBe(true);
    expect(checkDerivative('log(x) * y', ['x', 'y'], { primitives: planted, range: [0.5, 2] }).ok).toBe(false);
  });

  it('samples only inside the domain, and says so when there is none', () => {
    const agreement = checkDerivative('sqrt(-1 - x^2)', 'x');
    expect(agreement.ok).toBe(false);
    expect(agreement.reason).toMatch(/no point inside the domain/);
    expect(checkDerivative('log(x - 3) + sqrt(5 - x)', 'x').ok).toBe(true);
    expect(checkDerivative('tan(10 x)', 'x').ok).toBe(true);
    expect(checkDerivative('abs(x - 1) + relu(2 - x)', 'x').ok).toBe(true);
    // Large values are fine: the comparison is relative (fast-check found ((2 − 0)^3)^3)^3 = 2^27 once).
    const huge = checkDerivative('((2 - 0)^3)^3^3 + x', 'x');
    expect(huge.ok).toBe(true);
    // 2^81 + x: x is below the rounding of the value, so no difference quotient can see it; the check says so.
    expect(huge.unresolved).toBe(12);
    expect(checkDerivative('x^2', 'x').unresolved).toBe(0);
    expect(checkDerivative('exp(30 x)', 'x').ok).toBe(true);
  });

  it('is reproducible by seed', () => {
    const a = checkDerivative('sin(x) exp(y)', ['x', 'y'], { seed: 7 });
    const b = checkDerivative(parse('sin(x) exp(y)'), ['x', 'y'], { seed: 7 });
    expect(a).toEqual(b);
  });
});
