import { describe, expect, it } from 'vitest';
import { compile, compileGradient, diff, evaluate, parse, simplify } from '../../src/index.js';

// The simplifier and the derivative rules read x^(p/q) with q odd as the real root ((−8)^(1/3) = −2); the numbers
// once said NaN there (IEEE's pow), so simplify(cbrt(x)) = x^(1/3) changed the value at every negative x.
describe('odd roots of negative numbers are real', () => {
  it.each([
    ['(-8)^(1/3)', -2], ['(-8)^(2/3)', 4], ['(-8)^(-1/3)', -0.5], ['(-32)^(3/5)', -8], ['(-8)^(1/2)', NaN], ['(-8)^0.5', NaN],
  ])('%s is %d in floats, in the tree walker, and to 20 digits', (text, value) => {
    const float = compile(text, [])();
    const walked = evaluate(text);
    if (Number.isNaN(value)) {
      expect(float).toBeNaN();
      expect(walked).toBeNaN();
      expect(() => evaluate(text, {}, { digits: 20 })).toThrow(/not a real number/);
      return;
    }
    expect(float).toBeCloseTo(value, 12);
    expect(walked).toBeCloseTo(value, 12);
    expect(evaluate(text, {}, { digits: 20 })).toBe(String(value));
  });

  it.each(['cbrt(x)', 'cbrt(x)^2', '(x^3)^(1/3)', 'x^(1/3) x^(1/3)', '(x^(1/3))^3', 'x^(5/3) + x^(-1/3)'])(
    'simplify(%s) keeps its value at negative x (codegen and table runner)', (text) => {
      const before = compile(text, ['x']);
      const after = compile(simplify(text), ['x']);
      const walkedAfter = compile(simplify(text), ['x'], { codegen: false });
      for (const x of [-8, -2.5, -0.3, 0.7, 5]) {
        expect(after(x)).toBeCloseTo(before(x), 10);
        expect(walkedAfter(x)).toBeCloseTo(before(x), 10);
      }
    },
  );

  it.each(['x^(1/3)', 'x^(2/3)', 'x^(5/3) sin(x)', 'cbrt(x) + x^(-1/3)'])('reverse mode and diff agree for %s at negative x', (text) => {
    const symbolic = compile(diff(text, 'x'), ['x']);
    const reverse = compileGradient(parse(text), ['x']);
    for (const x of [-7, -1.3, -0.2]) {
      const { gradient } = reverse(x);
      expect(gradient[0]).toBeCloseTo(symbolic(x), 9);
      const h = 1e-6;
      expect(gradient[0]).toBeCloseTo((compile(text, ['x'])(x + h) - compile(text, ['x'])(x - h)) / (2 * h), 5);
    }
  });
});
