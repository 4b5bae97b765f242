import { describe, expect, it } from 'vitest';
import { compile, compileGradient } from '../../src/index.js';

// The generated closures check their argument count from their parameters (arguments.length is read only when a
// count looks wrong), so the check costs nothing in the hot path; these pin down what it still catches.
describe('compiled closures check how many arguments they get', () => {
  it.each([true, false])('too few or too many is an error naming both counts (codegen: %s)', (codegen) => {
    const f = compile('x + y', ['x', 'y'], { codegen });
    expect(f(1, 2)).toBe(3);
    expect(() => f(1)).toThrow(/takes 2 argument\(s\), not 1/);
    expect(() => f()).toThrow(/takes 2 argument\(s\), not 0/);
    expect(() => f(1, 2, 3)).toThrow(/takes 2 argument\(s\), not 3/);
    expect(() => f(1, 2, 3, 4)).toThrow(/not 4/);
    const c = compile('7', [], { codegen });
    expect(c()).toBe(7);
    expect(() => c(1)).toThrow(/takes 0 argument\(s\), not 1/);
    const g = compileGradient('x * y', ['x', 'y'], { codegen });
    expect(g(2, 3)).toEqual({ value: 6, gradient: [3, 2] });
    expect(() => g(2)).toThrow(/takes 2 argument\(s\), not 1/);
    expect(() => g(2, 3, 4)).toThrow(/not 3/);
  });

  it('an undefined value in its place is NaN, as a missing number is in JavaScript arithmetic', () => {
    const f = compile('x + y', ['x', 'y']);
    expect(f(1, undefined as unknown as number)).toBeNaN();
  });
});
