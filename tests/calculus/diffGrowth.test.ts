import { describe, expect, it } from 'vitest';
import { compile, diff } from '../../src/index.js';

/**
 * Higher derivatives grow fast; each order must finish (the simplifier's shortest-form search is size-limited) and be
 * the derivative of the order before, checked by a central difference of the previous order's compiled value.
 */
describe('growth of higher derivatives', () => {
  it.each([
    ['x^x', 1.3],
    ['tanh(tanh(tanh(x)))', 0.4],
  ])('the 1st to 6th derivatives of %s follow one another', (f, x0) => {
    let previous = compile(f, ['x']);
    for (let order = 1; order <= 6; order++) {
      const d = compile(diff(f, 'x', order), ['x']);
      const h = 1e-4;
      const difference = (previous(x0 + h) - previous(x0 - h)) / (2 * h);
      expect(Math.abs(d(x0) - difference)).toBeLessThan(1e-5 * Math.max(1, Math.abs(difference)));
      previous = d;
    }
  });
});
