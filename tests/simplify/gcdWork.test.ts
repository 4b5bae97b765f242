import { describe, expect, it } from 'vitest';
import { compile, diff } from '../../src/index.js';
import { withGcdWork } from '../../src/algebra/budget.js';
import { cancel } from '../../src/algebra/cancel.js';
import { UnsupportedError } from '../../src/errors.js';

// Found by differential testing against SymPy: these second derivatives ran for minutes (one > 150 s) in the
// candidate search, in remainder sequences whose coefficients kept growing. The gcd work is now bounded there, so
// they finish; the answer is checked against a central difference of the first derivative.
describe('polynomial gcds inside simplify have a work limit', () => {
  it.each([
    ['atanh(sin(x)/x^3)', [0.4, 0.7]],
    ['csch(x/acosh(x))', [1.3, 2.1]],
    ['log((5 + (x^2)^(1/2) + csch(x))^2)', [0.6, 1.4]],
  ])('diff(%s, x, 2) finishes and is right', (f, points) => {
    const second = compile(diff(f, 'x', 2), ['x']);
    const first = compile(diff(f, 'x'), ['x']);
    for (const x of points) {
      const h = 1e-5;
      const estimate = (first(x + h) - first(x - h)) / (2 * h);
      expect(Math.abs(second(x) - estimate)).toBeLessThan(1e-4 * Math.max(1, Math.abs(estimate)));
    }
  });

  it('running out is a clear UnsupportedError, and an enclosing limit bounds an inner one', () => {
    const hard = '(x^9 + 3x^4 sin(x) + 2)/(x^6 - sin(x)^2) + cos(x)/(x^3 + sin(x))';
    expect(() => withGcdWork(10, () => cancel(hard))).toThrow(UnsupportedError);
    expect(() => withGcdWork(10, () => withGcdWork(1e12, () => cancel(hard)))).toThrow(/work of a polynomial gcd/);
    expect(() => cancel(hard)).not.toThrow();
  });
});
